package app.coachroom.outbox.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One e-mail to one person, written in the transaction of the work it reports. Its key makes it
 * unique per bootcamp (a second "due soon" reminder for the same student and assignment is never
 * written); its kind and topic say what it is about, and the feature that wrote it composes the
 * text when it goes out. A server claims it for a lease; a claim whose lease ran out (its server
 * stopped) is taken again. It is tried at most {@link #MAX_TRIES} times, waiting longer after each
 * failure, and keeps the last error.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends TenantOwned {
  public static final int MAX_TRIES = 5;
  public static final int ERROR_LENGTH = 500;
  public static final int SUBJECT_LENGTH = 200;

  @Column(nullable = false, length = 40, updatable = false)
  private String kind;

  @Column(name = "dedup_key", nullable = false, length = 190, updatable = false)
  private String dedupKey;

  @Column(nullable = false, length = 64, updatable = false)
  private String recipient;

  @Column(name = "topic_id", nullable = false, length = 36, updatable = false)
  private String topicId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OutboxStatus status;

  @Column(nullable = false)
  private int tries;

  @Column(name = "not_before", nullable = false)
  private Instant notBefore;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "last_error", length = ERROR_LENGTH)
  private String lastError;

  /** The subject line of the mail as it was last written (null until then). */
  @Column(name = "subject", length = SUBJECT_LENGTH)
  private String mailSubject;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected OutboxMessage() {}

  public OutboxMessage(String kind, String key, String recipient, String topicId, Instant now) {
    super(now);
    this.kind = kind;
    this.dedupKey = key;
    this.recipient = recipient;
    this.topicId = topicId;
    this.status = OutboxStatus.PENDING;
    this.notBefore = now;
    this.updatedAt = now;
  }

  /**
   * Whether a server may take it now: waiting and due, or claimed by a server whose lease ran out.
   */
  public boolean claimable(Instant now) {
    return (status == OutboxStatus.PENDING && !notBefore.isAfter(now))
        || (status == OutboxStatus.SENDING && leaseUntil != null && leaseUntil.isBefore(now));
  }

  /** Taken on by a server until {@code now + lease}; counts as a try. */
  public void claim(Instant now, Duration lease) {
    if (!claimable(now)) {
      throw new IllegalStateException("Outbox message " + id() + " is " + status);
    }
    status = OutboxStatus.SENDING;
    leaseUntil = now.plus(lease);
    tries++;
    updatedAt = now;
  }

  private boolean triesLeft() {
    return tries < MAX_TRIES;
  }

  /** The mail went out. A message written again meanwhile (released again) stays pending. */
  public void sent(Instant now) {
    if (status == OutboxStatus.SENDING) {
      status = OutboxStatus.SENT;
      sentAt = now;
      leaseUntil = null;
      lastError = null;
      updatedAt = now;
    }
  }

  /**
   * The mail did not go out: tried again after a wait that grows with each try (1, 4, 9, 16
   * minutes), or failed for good after the last try.
   */
  public void failed(Instant now, String error) {
    if (status != OutboxStatus.SENDING) {
      return;
    }
    lastError = shorten(error);
    leaseUntil = null;
    updatedAt = now;
    if (triesLeft()) {
      status = OutboxStatus.PENDING;
      notBefore = now.plus(Duration.ofMinutes((long) tries * tries));
    } else {
      status = OutboxStatus.FAILED;
    }
  }

  /**
   * Not wanted any more when its turn came; the reason is kept where the error would be. A message
   * written again meanwhile stays pending.
   */
  public void skipped(Instant now, String reason) {
    if (status != OutboxStatus.SENDING) {
      return;
    }
    status = OutboxStatus.SKIPPED;
    lastError = shorten(reason);
    leaseUntil = null;
    updatedAt = now;
  }

  /** The subject line the mail was written with when it was last tried (kept for the list). */
  public void written(String subject) {
    mailSubject = shorten(subject, SUBJECT_LENGTH);
  }

  /** Due again from now, with every try back (the work it reports was done again). */
  public void renew(Instant now) {
    status = OutboxStatus.PENDING;
    tries = 0;
    notBefore = now;
    leaseUntil = null;
    lastError = null;
    updatedAt = now;
  }

  /** A tenant admin sends a message that failed for good again. */
  public void retry(Instant now) {
    if (status != OutboxStatus.FAILED) {
      throw new IllegalStateException("Only a failed message is sent again, not " + status);
    }
    renew(now);
  }

  private static String shorten(String text) {
    return shorten(text, ERROR_LENGTH);
  }

  private static String shorten(String text, int length) {
    if (text == null || text.length() <= length) {
      return text;
    }
    return text.substring(0, length - 1) + "…";
  }

  public String kind() {
    return kind;
  }

  public String key() {
    return dedupKey;
  }

  public String recipient() {
    return recipient;
  }

  public String topicId() {
    return topicId;
  }

  public OutboxStatus status() {
    return status;
  }

  public int tries() {
    return tries;
  }

  public Instant notBefore() {
    return notBefore;
  }

  public String lastError() {
    return lastError;
  }

  public String mailSubject() {
    return mailSubject;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
