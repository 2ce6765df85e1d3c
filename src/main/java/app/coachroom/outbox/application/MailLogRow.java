package app.coachroom.outbox.application;

import app.coachroom.outbox.domain.OutboxStatus;
import java.time.Instant;

/**
 * One outbox message as a tenant admin reads it.
 *
 * @param kind what it is (REMINDER_OPENED, RESULTS_RELEASED, ...): outbox.kind.* in the bundle
 * @param subject the subject line it was last written with, or null before its first try
 * @param to the recipient's name and address, or their subject once they left the bootcamp
 * @param note the last error, or why it was skipped
 * @param next when it is tried next (pending), or null
 */
public record MailLogRow(
    String id,
    Instant updatedAt,
    String kind,
    String subject,
    String to,
    OutboxStatus status,
    int tries,
    String note,
    Instant next,
    Instant sentAt) {

  public boolean retryable() {
    return status == OutboxStatus.FAILED;
  }
}
