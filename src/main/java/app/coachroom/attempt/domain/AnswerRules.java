package app.coachroom.attempt.domain;

import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.shared.domain.RuleViolationException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Which answer each kind of question takes, its limits, how it is stored (text as typed, STAR
 * fields and choices as JSON through {@link AnswerJson}) and how multiple choice is scored.
 */
public final class AnswerRules {
  /** Characters of a text or code answer. */
  public static final int TEXT_MAX = 50_000;

  /** Characters of each STAR field. */
  public static final int STAR_FIELD_MAX = 10_000;

  private AnswerRules() {}

  /** The stored form of an answer to this question; refused if it does not fit the question. */
  public static String body(QuestionContent question, AnswerInput input) {
    QuestionKind kind = question.kind();
    if (input instanceof AnswerInput.Text text && takesText(kind)) {
      return text(text.text(), TEXT_MAX);
    }
    if (input instanceof AnswerInput.Star star && kind == QuestionKind.BEHAVIOURAL) {
      return star(star);
    }
    if (input instanceof AnswerInput.Choices choices && kind == QuestionKind.MULTIPLE_CHOICE) {
      return choices(question, choices.selected());
    }
    throw new RuleViolationException("answer", "attempt.answer.wrongKind");
  }

  private static boolean takesText(QuestionKind kind) {
    return kind == QuestionKind.TECHNICAL_TEXT
        || kind == QuestionKind.SYSTEM_DESIGN
        || kind == QuestionKind.CODING;
  }

  private static String text(String text, int max) {
    String value = text == null ? "" : text;
    if (value.length() > max) {
      throw new RuleViolationException("answer", "attempt.answer.tooLong", max);
    }
    return value;
  }

  private static String star(AnswerInput.Star star) {
    return AnswerJson.write(
        new AnswerInput.Star(
            text(star.situation(), STAR_FIELD_MAX),
            text(star.task(), STAR_FIELD_MAX),
            text(star.action(), STAR_FIELD_MAX),
            text(star.result(), STAR_FIELD_MAX)));
  }

  private static String choices(QuestionContent question, List<Integer> selected) {
    Set<Integer> chosen = new TreeSet<>();
    for (Integer index : selected) {
      if (index == null || index < 0 || index >= question.choices().size()) {
        throw new RuleViolationException("answer", "attempt.answer.noSuchChoice");
      }
      chosen.add(index);
    }
    if (!question.severalCorrect() && chosen.size() > 1) {
      throw new RuleViolationException("answer", "attempt.answer.oneChoice");
    }
    return AnswerJson.write(List.copyOf(chosen));
  }

  /** Whether the question is scored on submit rather than graded by a coach. */
  public static boolean autoScored(QuestionContent question) {
    return question.kind() == QuestionKind.MULTIPLE_CHOICE;
  }

  /**
   * One point when exactly the correct options were chosen (all of them, for a question with
   * several), else none. A question left unanswered scores nothing.
   */
  public static int points(QuestionContent question, String body) {
    Set<Integer> correct = new TreeSet<>();
    IntStream.range(0, question.choices().size())
        .filter(i -> question.choices().get(i).correct())
        .forEach(correct::add);
    return new TreeSet<>(AnswerJson.choices(body)).equals(correct) ? 1 : 0;
  }
}
