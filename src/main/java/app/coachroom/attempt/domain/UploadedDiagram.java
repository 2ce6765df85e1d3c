package app.coachroom.attempt.domain;

import app.coachroom.shared.domain.ImageContent;
import java.io.Serializable;
import java.time.Instant;

/**
 * What a page shows of a diagram uploaded with an answer, without its bytes.
 *
 * @param position the question's place in the attempt (0-based)
 * @param sha256 the content's digest; it changes with every new image, so pages name it in the URL
 */
public record UploadedDiagram(
    int position,
    String fileName,
    String mediaType,
    int sizeBytes,
    String sha256,
    Instant uploadedAt)
    implements Serializable {

  /**
   * The diagram as an anonymous grader sees it: named "diagram" with its type's extension, without
   * the time it was uploaded (the student's own file name or the time could tell whose it is).
   */
  public UploadedDiagram anonymized() {
    return new UploadedDiagram(
        position,
        "diagram." + ImageContent.extensionOf(mediaType),
        mediaType,
        sizeBytes,
        sha256,
        null);
  }

  /** The size rounded up to whole kilobytes, for display. */
  public int kilobytes() {
    return (sizeBytes + 1023) / 1024;
  }
}
