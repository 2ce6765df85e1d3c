package app.coachroom.assignment.domain;

/** What happens to work after the due time and its grace period. */
public enum LatePolicy {
  /** Accepted and marked late. */
  ACCEPT_LATE,
  /** Refused. */
  REFUSE
}
