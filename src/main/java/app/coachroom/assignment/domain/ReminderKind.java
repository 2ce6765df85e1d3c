package app.coachroom.assignment.domain;

/** The e-mails a student gets about an assignment, each at most once. */
public enum ReminderKind {
  /** It is open now. */
  OPENED,
  /** It is due within the bootcamp's reminder time. */
  DUE_SOON
}
