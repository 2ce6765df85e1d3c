package app.coachroom.shared.web.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import org.junit.jupiter.api.Test;

/** R4 at the edge: a body is used whole or refused, never half. */
class RequestBodyTest {

  @Test
  void aWholeBodyIsReadAsSent() {
    byte[] sent = "{\"basedOn\":1}".getBytes(UTF_8);
    assertArrayEquals(sent, RequestBody.whole(in(sent), sent.length, 100, "big", "cut"));
    assertArrayEquals(sent, RequestBody.whole(in(sent), -1, 100, "big", "cut"));
    assertEquals(1, RequestBody.json(sent, "bad").getInt("basedOn"));
  }

  @Test
  void aBodyCutShortOrTooLargeOrNotJsonIsRefused() {
    byte[] sent = new byte[50];
    assertRefused(503, "cut", () -> RequestBody.whole(in(sent), 80, 100, "big", "cut"));
    InputStream dropped =
        new SequenceInputStream(
            in(sent),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("connection reset");
              }
            });
    assertRefused(503, "cut", () -> RequestBody.whole(dropped, 80, 100, "big", "cut"));
    assertRefused(413, "big", () -> RequestBody.whole(in(new byte[101]), 101, 100, "big", "cut"));
    assertRefused(400, "bad", () -> RequestBody.json("{not".getBytes(UTF_8), "bad"));
    assertRefused(400, "bad", () -> RequestBody.json("[1]".getBytes(UTF_8), "bad"));
  }

  private static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static void assertRefused(int status, String key, Runnable read) {
    Refusal refusal = assertThrows(Refusal.class, read::run);
    assertEquals(status, refusal.status());
    assertEquals(key, refusal.key());
  }
}
