package app.coachroom.assignment.domain;

/** When students see their results. */
public enum ResultRelease {
  /** As soon as the review is finished. */
  AUTOMATIC,
  /** When the coach releases them. */
  BY_COACH
}
