package app.coachroom.shared.web.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A stored file as a response that cannot be sniffed into anything else: the type detected at
 * upload, no script can run in it, kept only in the person's own browser. An {@code img}, {@code
 * audio} or {@code video} element still shows it.
 */
public final class Download {
  private Download() {}

  /** The file's bytes, shown inline (a logo). */
  public static Response.ResponseBuilder inline(String mediaType, byte[] bytes) {
    return sandboxed(Response.ok(bytes), mediaType, bytes.length);
  }

  /** The file's bytes, saved under the name (with the extension) when the URL is opened. */
  public static Response.ResponseBuilder attachment(String mediaType, byte[] bytes, String name) {
    return attachment(Response.ok(bytes), mediaType, bytes.length, name);
  }

  /** A response whose entity writes {@code length} bytes, saved under the name. */
  public static Response.ResponseBuilder attachment(
      Response.ResponseBuilder response, String mediaType, long length, String name) {
    return sandboxed(response, mediaType, length)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }

  private static Response.ResponseBuilder sandboxed(
      Response.ResponseBuilder response, String mediaType, long length) {
    return response
        .type(mediaType)
        .header(HttpHeaders.CONTENT_LENGTH, length)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
  }
}
