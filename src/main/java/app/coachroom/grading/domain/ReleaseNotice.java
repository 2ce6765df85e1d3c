package app.coachroom.grading.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The e-mail telling a student that the results of an attempt are out. Written with the release
 * (one per attempt; due again when released again), sent after it committed by a sweep, which
 * claims it first (the version lets only one server have it) and skips it when the results were
 * taken back meanwhile. One claimed long ago and never finished (its server stopped) is claimed
 * again.
 */
@Entity
@Table(name = "release_notice")
public class ReleaseNotice extends TenantOwned {
  public static final int MAX_TRIES = 3;

  /** Where a notice is. */
  public enum Status {
    /** Waiting for the sweep. */
    DUE,
    /** A server took it on and is sending it. */
    SENDING,
    SENT,
    /** The mail server refused or could not be reached; tried again on later sweeps. */
    FAILED,
    /** The results were taken back before it went out. */
    SKIPPED
  }

  @Column(name = "attempt_id", length = 36, nullable = false, updatable = false)
  private String attemptId;

  @Column(name = "assignment_id", length = 36, nullable = false, updatable = false)
  private String assignmentId;

  @Column(nullable = false, length = 64, updatable = false)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(nullable = false)
  private int tries;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Version private long version;

  protected ReleaseNotice() {}

  public ReleaseNotice(String attemptId, String assignmentId, String subject, Instant now) {
    super(now);
    this.attemptId = attemptId;
    this.assignmentId = assignmentId;
    this.subject = subject;
    this.status = Status.DUE;
  }

  /** Released again: the student is told again. */
  public void dueAgain() {
    status = Status.DUE;
    tries = 0;
  }

  /** Whether a sweep should take it on now. */
  public boolean waiting() {
    return status == Status.DUE || (status == Status.FAILED && tries < MAX_TRIES);
  }

  public void sending(Instant now) {
    status = Status.SENDING;
    claimedAt = now;
    tries++;
  }

  /** The mail went out; a notice due again meanwhile (released again) stays due. */
  public void sent(Instant now) {
    if (status == Status.SENDING) {
      status = Status.SENT;
      sentAt = now;
    }
  }

  /** The mail did not go out; tried again later (a notice due again meanwhile stays due). */
  public void failed() {
    if (status == Status.SENDING) {
      status = Status.FAILED;
    }
  }

  public void skipped() {
    status = Status.SKIPPED;
  }

  public String attemptId() {
    return attemptId;
  }

  public String assignmentId() {
    return assignmentId;
  }

  public String subject() {
    return subject;
  }

  public Status status() {
    return status;
  }

  public int tries() {
    return tries;
  }
}
