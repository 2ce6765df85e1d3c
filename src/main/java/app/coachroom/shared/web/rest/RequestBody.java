package app.coachroom.shared.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a request's body whole, or not at all (R4). The resource takes the body as a plain stream,
 * which neither runtime reads before it: a body cut short (the connection dropped mid-request, or
 * fewer bytes than its Content-Length) is refused with 503 and never used, so half a chunk or half
 * an answer is not stored as if it were whole, and the page sends it again as after any failure.
 */
public final class RequestBody {
  private static final Logger LOG = Logger.getLogger(RequestBody.class.getName());

  private RequestBody() {}

  /**
   * The body as sent; refused with 413 and {@code tooLargeKey} over {@code max} bytes, 503 and
   * {@code incompleteKey} when cut short.
   *
   * @param declared the Content-Length, or -1 when the request gave none
   */
  public static byte[] whole(
      InputStream in, long declared, int max, String tooLargeKey, String incompleteKey) {
    byte[] bytes;
    try (in) {
      bytes = in.readNBytes(max + 1);
    } catch (IOException e) {
      LOG.log(Level.FINE, "A request body was cut short", e);
      throw new Refusal(503, incompleteKey);
    }
    if (bytes.length > max) {
      throw new Refusal(413, tooLargeKey);
    }
    if (declared >= 0 && bytes.length != declared) {
      throw new Refusal(503, incompleteKey);
    }
    return bytes;
  }

  /** The bytes as a JSON object; refused with 400 and {@code badKey} when they are not one. */
  public static JsonObject json(byte[] bytes, String badKey) {
    try (JsonReader reader =
        Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new Refusal(400, badKey);
    }
  }
}
