package app.coachroom.attempt.domain;

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

  /** The size rounded up to whole kilobytes, for display. */
  public int kilobytes() {
    return (sizeBytes + 1023) / 1024;
  }
}
