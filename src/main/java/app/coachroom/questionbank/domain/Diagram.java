package app.coachroom.questionbank.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A stored system-design diagram. Never changed once written: replacing a question's diagram stores
 * a new one, so a published interview template that froze the old ID keeps showing the old image.
 * The bytes live in the database, which every app-server node shares.
 */
@Entity
@Table(name = "question_diagram")
public class Diagram extends TenantOwned {
  @Column(name = "media_type", nullable = false, length = 20, updatable = false)
  private String mediaType;

  @Column(name = "file_name", nullable = false, length = DiagramImage.NAME_MAX, updatable = false)
  private String fileName;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private int sizeBytes;

  @Column(nullable = false, length = 64, updatable = false)
  private String sha256;

  @Lob
  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected Diagram() {}

  public Diagram(DiagramImage image, Instant now) {
    super(now);
    this.mediaType = image.mediaType();
    this.fileName = image.fileName();
    this.sizeBytes = image.size();
    this.sha256 = image.sha256();
    this.content = image.bytes();
  }

  public DiagramImage image() {
    return new DiagramImage(fileName, mediaType, content);
  }

  public String mediaType() {
    return mediaType;
  }

  public String fileName() {
    return fileName;
  }

  public int sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }
}
