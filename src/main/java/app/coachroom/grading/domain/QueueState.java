package app.coachroom.grading.domain;

/** Where a handed-in attempt stands in the grading queue. */
public enum QueueState {
  /** Handed in, no review begun. */
  TO_GRADE,
  IN_PROGRESS,
  GRADED,
  RELEASED;

  /** The queue state of an attempt with this review status (null: no review). */
  public static QueueState of(ReviewStatus status) {
    return status == null ? TO_GRADE : valueOf(status.name());
  }
}
