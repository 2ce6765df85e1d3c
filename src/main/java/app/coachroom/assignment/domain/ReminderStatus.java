package app.coachroom.assignment.domain;

/** Where a reminder's e-mail is. */
public enum ReminderStatus {
  /** A server took it on and is sending it. */
  CLAIMED,
  SENT,
  /** The mail server refused or could not be reached; tried again on later runs. */
  FAILED
}
