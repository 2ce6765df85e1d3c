package app.coachroom.attempt.domain;

/** Whether an attempt can still change. */
public enum AttemptStatus {
  IN_PROGRESS,
  /** Handed in by the student or by the clock; nothing changes it any more. */
  SUBMITTED
}
