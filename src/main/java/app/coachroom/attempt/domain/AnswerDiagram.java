package app.coachroom.attempt.domain;

import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The diagram a student uploaded with their answer to a system-design question: one per question of
 * an attempt, checked by content before it gets here ({@link DiagramImage#check}). Uploading again
 * replaces it in place.
 */
@Entity
@Table(name = "answer_diagram")
public class AnswerDiagram extends TenantOwned {
  @Version private long version;

  @Column(name = "attempt_id", length = 36, nullable = false, updatable = false)
  private String attemptId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "media_type", nullable = false, length = 20)
  private String mediaType;

  @Column(name = "file_name", nullable = false, length = DiagramImage.NAME_MAX)
  private String fileName;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Lob
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected AnswerDiagram() {}

  public AnswerDiagram(String attemptId, int position, DiagramImage image, Instant now) {
    super(now);
    this.attemptId = attemptId;
    this.position = position;
    replace(image, now);
  }

  /** Takes a newly uploaded image instead of the one stored. */
  public final void replace(DiagramImage image, Instant now) {
    this.mediaType = image.mediaType();
    this.fileName = image.fileName();
    this.sizeBytes = image.size();
    this.sha256 = image.sha256();
    this.content = image.bytes();
    this.uploadedAt = now;
  }

  public DiagramImage image() {
    return new DiagramImage(fileName, mediaType, content);
  }

  /** What pages show of it, without the bytes. */
  public UploadedDiagram uploaded() {
    return new UploadedDiagram(position, fileName, mediaType, sizeBytes, sha256, uploadedAt);
  }

  public String fileName() {
    return fileName;
  }

  public String sha256() {
    return sha256;
  }
}
