package app.coachroom.attempt.application;

import java.io.Serializable;
import java.util.List;

/** A whole attempt with every question and its saved answer: the review and the history page. */
public record AttemptRecord(AttemptRow attempt, ClockView clock, List<Entry> entries)
    implements Serializable {

  /** One question and what was saved for it. */
  public record Entry(QuestionView question, SavedAnswer answer) implements Serializable {}
}
