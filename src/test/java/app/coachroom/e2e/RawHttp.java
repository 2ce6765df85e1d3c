package app.coachroom.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTTP/1.1 over a bare socket to the app server on loopback, in a signed-in browser's session, so a
 * test can do what the network does to a request: drop the connection halfway through its body, or
 * after the server answered but before the answer arrives.
 */
final class RawHttp {
  private static final int PORT = 8080;
  private final String cookies;

  /** Requests in the browser's session (its cookies for the app). */
  RawHttp(Browser browser) {
    this(
        browser.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; ")));
  }

  private RawHttp(String cookies) {
    this.cookies = cookies;
  }

  /** Requests of someone who is not signed in. */
  static RawHttp signedOut() {
    return new RawHttp("");
  }

  /** A whole answer: status, where a redirect points (else null) and body. */
  record Response(int status, String location, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** Sends the request whole and reads the whole answer. */
  Response exchange(String method, String path, Map<String, String> headers, byte[] body)
      throws IOException {
    try (Socket socket = send(method, path, headers, body, body.length)) {
      byte[] all = socket.getInputStream().readAllBytes();
      int split = indexOf(all, 0, "\r\n\r\n");
      String head = new String(all, 0, split, StandardCharsets.ISO_8859_1);
      byte[] rest = Arrays.copyOfRange(all, split + 4, all.length);
      boolean chunked =
          head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked");
      String location =
          head.lines()
              .filter(l -> l.regionMatches(true, 0, "Location:", 0, 9))
              .map(l -> l.substring(9).strip())
              .findFirst()
              .orElse(null);
      return new Response(
          Integer.parseInt(head.substring(9, 12)), location, chunked ? unchunk(rest) : rest);
    }
  }

  /**
   * Sends the head and only the first {@code sent} bytes of the body, then the connection drops:
   * the server never gets the rest.
   */
  void dropMidBody(String method, String path, Map<String, String> headers, byte[] body, int sent)
      throws IOException {
    try (Socket socket = send(method, path, headers, body, sent)) {
      // let the server read what came before the connection goes
      Thread.sleep(300);
      socket.setSoLinger(true, 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Sends the request whole, waits until the server starts to answer (it has done the work), then
   * the connection drops before the answer arrives; returns the status the server had started to
   * send, which the client never saw.
   */
  int dropAnswer(String method, String path, Map<String, String> headers, byte[] body)
      throws IOException {
    try (Socket socket = send(method, path, headers, body, body.length)) {
      byte[] statusLine = socket.getInputStream().readNBytes(12);
      socket.setSoLinger(true, 0);
      return Integer.parseInt(new String(statusLine, StandardCharsets.US_ASCII).substring(9, 12));
    }
  }

  static Map<String, String> headers(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** A new connection carrying the head (whole body's length) and the first {@code sent} bytes. */
  private Socket send(
      String method, String path, Map<String, String> headers, byte[] body, int sent)
      throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), PORT);
    try {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(head(method, path, headers, body.length));
      out.write(body, 0, sent);
      out.flush();
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  private byte[] head(String method, String path, Map<String, String> headers, int length) {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1:").append(PORT).append("\r\n");
    if (!cookies.isEmpty()) {
      head.append("Cookie: ").append(cookies).append("\r\n");
    }
    head.append("Connection: close\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (!"GET".equals(method)) {
      head.append("Content-Length: ").append(length).append("\r\n");
    }
    head.append("\r\n");
    return head.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] unchunk(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < bytes.length) {
      int lineEnd = indexOf(bytes, at, "\r\n");
      if (lineEnd < 0) {
        break;
      }
      String sizeText = new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).strip();
      int size = Integer.parseInt(sizeText.split(";")[0], 16);
      if (size == 0) {
        break;
      }
      out.write(bytes, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, int from, String ascii) {
    byte[] wanted = ascii.getBytes(StandardCharsets.US_ASCII);
    for (int i = from; i + wanted.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
        return i;
      }
    }
    return -1;
  }
}
