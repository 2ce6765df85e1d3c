package app.coachroom.assignment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** The e-mails a student gets about an assignment, each at most once. */
public enum ReminderKind {
  /** It is open now. */
  OPENED,
  /** It is due within the bootcamp's reminder time. */
  DUE_SOON;

  /**
   * The reminders a student should have had by now: "open" once it is open, "due soon" within the
   * given hours before their due time (0: never); none before it opens or once it is due.
   */
  public static Set<ReminderKind> dueNow(Deadline deadline, int hoursBeforeDue, Instant now) {
    Set<ReminderKind> kinds = EnumSet.noneOf(ReminderKind.class);
    if (now.isBefore(deadline.opensAt()) || !now.isBefore(deadline.dueAt())) {
      return kinds;
    }
    kinds.add(OPENED);
    if (hoursBeforeDue > 0
        && !now.isBefore(deadline.dueAt().minus(Duration.ofHours(hoursBeforeDue)))) {
      kinds.add(DUE_SOON);
    }
    return kinds;
  }

  /** The outbox kind of its e-mail. */
  public String mailKind() {
    return "REMINDER_" + name();
  }

  /**
   * The outbox key of the reminder for one student and assignment: one mail each, ever (the key of
   * the reminder rows before the outbox, V23 keeps it).
   */
  public String mailKey(String assignmentId, String subject) {
    return "reminder:" + assignmentId + ":" + subject + ":" + name();
  }
}
