package app.coachroom.attempt.domain;

import java.io.Serializable;
import java.util.List;

/** What a student sends for one question, by the kind of answer the question asks for. */
public sealed interface AnswerInput extends Serializable {

  /** Plain text, or code for a coding question. */
  record Text(String text) implements AnswerInput {}

  /** A behavioural answer in STAR form; any field may be empty while the student writes. */
  record Star(String situation, String task, String action, String result) implements AnswerInput {
    public Star {
      situation = situation == null ? "" : situation;
      task = task == null ? "" : task;
      action = action == null ? "" : action;
      result = result == null ? "" : result;
    }
  }

  /** The positions (0-based) of the options chosen. */
  record Choices(List<Integer> selected) implements AnswerInput {
    public Choices {
      selected = selected == null ? List.of() : List.copyOf(selected);
    }
  }
}
