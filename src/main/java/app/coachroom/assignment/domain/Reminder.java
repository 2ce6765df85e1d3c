package app.coachroom.assignment.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * One reminder e-mail to one student about one assignment. The row is written (claimed) before the
 * mail goes out; its unique key (assignment, student, kind) means only one server ever claims it.
 */
@Entity
@Table(name = "reminder")
public class Reminder extends TenantOwned {
  public static final int MAX_TRIES = 3;

  @Column(name = "assignment_id", length = 36, nullable = false, updatable = false)
  private String assignmentId;

  @Column(nullable = false, length = 64, updatable = false)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private ReminderKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReminderStatus status;

  @Column(nullable = false)
  private int tries;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Version private long version;

  protected Reminder() {}

  public Reminder(String assignmentId, String subject, ReminderKind kind, Instant now) {
    super(now);
    this.assignmentId = assignmentId;
    this.subject = subject;
    this.kind = kind;
    this.status = ReminderStatus.CLAIMED;
    this.tries = 1;
  }

  /**
   * The reminders a student should have had by now: "open" once it is open, "due soon" within the
   * given hours before their due time (0: never); none before it opens or once it is due.
   */
  public static Set<ReminderKind> dueNow(Deadline deadline, int hoursBeforeDue, Instant now) {
    Set<ReminderKind> kinds = EnumSet.noneOf(ReminderKind.class);
    if (now.isBefore(deadline.opensAt()) || !now.isBefore(deadline.dueAt())) {
      return kinds;
    }
    kinds.add(ReminderKind.OPENED);
    if (hoursBeforeDue > 0
        && !now.isBefore(deadline.dueAt().minus(Duration.ofHours(hoursBeforeDue)))) {
      kinds.add(ReminderKind.DUE_SOON);
    }
    return kinds;
  }

  /** Whether a failed reminder should be tried again. */
  public boolean retryable() {
    return status == ReminderStatus.FAILED && tries < MAX_TRIES;
  }

  public void retry() {
    status = ReminderStatus.CLAIMED;
    tries++;
  }

  public void sent(Instant now) {
    status = ReminderStatus.SENT;
    sentAt = now;
  }

  public void failed() {
    status = ReminderStatus.FAILED;
  }

  public String assignmentId() {
    return assignmentId;
  }

  public String subject() {
    return subject;
  }

  public ReminderKind kind() {
    return kind;
  }

  public ReminderStatus status() {
    return status;
  }

  public int tries() {
    return tries;
  }
}
