package app.coachroom.attempt.domain;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One question's recorded answer: its current take, the type the browser records in, and how much
 * arrived. Chunks are taken while the take is being recorded and a little after the answer time
 * (uploads lag behind on a slow connection); a new take replaces the old one.
 */
@Entity
@Table(name = "recording")
public class Recording extends TenantOwned {
  @Version private long version;

  @Column(name = "attempt_id", length = 36, nullable = false, updatable = false)
  private String attemptId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false)
  private int take;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RecordingStatus status;

  @Column(nullable = false)
  private int chunks;

  @Column(nullable = false)
  private long bytes;

  @Column(name = "accept_until", nullable = false)
  private Instant acceptUntil;

  @Column(name = "max_bytes", nullable = false)
  private long maxBytes;

  protected Recording() {}

  public Recording(
      String attemptId,
      int position,
      String mediaType,
      Instant acceptUntil,
      long maxBytes,
      Instant now) {
    super(now);
    this.attemptId = attemptId;
    this.position = position;
    this.take = 0;
    begin(mediaType, acceptUntil, maxBytes);
  }

  /** Starts the next take: what was recorded before is dropped. */
  public void begin(String newMediaType, Instant newAcceptUntil, long newMaxBytes) {
    take++;
    mediaType = newMediaType;
    acceptUntil = newAcceptUntil;
    maxBytes = newMaxBytes;
    status = RecordingStatus.RECORDING;
    chunks = 0;
    bytes = 0;
  }

  /** Refuses a chunk of another take, of a finished take, or arriving too late. */
  public void requireAccepting(int ofTake, Instant now) {
    if (ofTake != take) {
      throw new RuleViolationException("recording", "attempt.recording.replaced");
    }
    if (status != RecordingStatus.RECORDING) {
      throw new RuleViolationException("recording", "attempt.recording.finished");
    }
    if (now.isAfter(acceptUntil)) {
      throw new RuleViolationException("recording", "attempt.recording.over");
    }
  }

  /** Counts a new chunk in; refused when the recording would be longer than the time allows. */
  public void add(int size) {
    if (bytes + size > maxBytes) {
      throw new RuleViolationException("recording", "attempt.recording.tooLong");
    }
    chunks++;
    bytes += size;
  }

  /** Every chunk of the take arrived: the recording is the answer. */
  public void complete() {
    status = RecordingStatus.COMPLETE;
  }

  public boolean isComplete() {
    return status == RecordingStatus.COMPLETE;
  }

  public String attemptId() {
    return attemptId;
  }

  public int position() {
    return position;
  }

  public int take() {
    return take;
  }

  public String mediaType() {
    return mediaType;
  }

  public int chunks() {
    return chunks;
  }

  public long bytes() {
    return bytes;
  }
}
