package app.coachroom.attempt.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;

/** One uploaded piece of a recording's take, with a digest so a repeated upload is recognised. */
@Entity
@Table(name = "recording_chunk")
public class RecordingChunk extends TenantOwned {
  @Column(name = "recording_id", length = 36, nullable = false, updatable = false)
  private String recordingId;

  @Column(nullable = false, updatable = false)
  private int take;

  @Column(nullable = false, updatable = false)
  private int seq;

  @Column(nullable = false, updatable = false)
  private int size;

  @Column(nullable = false, length = 64, updatable = false)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMBLOB")
  private byte[] data;

  protected RecordingChunk() {}

  public RecordingChunk(
      String recordingId, int take, int seq, byte[] data, String sha256, Instant now) {
    super(now);
    this.recordingId = recordingId;
    this.take = take;
    this.seq = seq;
    this.size = data.length;
    this.sha256 = sha256;
    this.data = data;
  }

  public int seq() {
    return seq;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] data() {
    return data;
  }
}
