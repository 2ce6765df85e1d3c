package app.coachroom.outbox.domain;

/** Where an outbox message is. */
public enum OutboxStatus {
  /** Waiting to be sent (again) from its {@code notBefore} time on. */
  PENDING,
  /** A server took it on; its lease says until when it has it. */
  SENDING,
  SENT,
  /** Every try failed; only a tenant admin's "send again" takes it up. */
  FAILED,
  /** Not wanted any more when its turn came (results taken back, reminders turned off, ...). */
  SKIPPED
}
