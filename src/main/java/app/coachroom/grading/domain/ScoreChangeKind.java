package app.coachroom.grading.domain;

/** What a line of a review's score history records. */
public enum ScoreChangeKind {
  /** A criterion's level (its points) of one answer. */
  LEVEL,
  /** The automatic score of one answer, overridden (or the override taken back). */
  OVERRIDE,
  /** The attempt's total. */
  TOTAL,
  RELEASED,
  UNRELEASED
}
