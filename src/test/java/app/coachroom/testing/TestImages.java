package app.coachroom.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Real image files made on the spot (by the JDK's encoders), and fakes that only look like one. */
public final class TestImages {
  private TestImages() {}

  /** A real image of the given format ("png", "jpg", "gif") and size: two boxes and an arrow. */
  public static byte[] image(String format, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x1F4E79));
    g.drawRect(width / 10, height / 3, width / 4, height / 3);
    g.drawRect(width * 6 / 10, height / 3, width / 4, height / 3);
    g.drawLine(width * 35 / 100, height / 2, width * 6 / 10, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalArgumentException("no encoder for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] png() {
    return image("png", 240, 120);
  }

  /**
   * The header of a lossless WebP image (RIFF container, VP8L chunk) of the given size, padded to a
   * plausible length; enough for a content check, not a decodable picture.
   */
  public static byte[] webpHeader(int width, int height) {
    byte[] b = new byte[64];
    put(b, 0, "RIFF");
    le32(b, 4, b.length - 8);
    put(b, 8, "WEBP");
    put(b, 12, "VP8L");
    le32(b, 16, b.length - 20);
    b[20] = 0x2F;
    le32(b, 21, (width - 1) | (height - 1) << 14);
    return b;
  }

  /** An SVG drawing with a script: what a diagram upload must never store. */
  public static byte[] svgWithScript() {
    return ("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script>"
            + "<rect width=\"10\" height=\"10\"/></svg>")
        .getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] html() {
    return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void put(byte[] b, int at, String ascii) {
    byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, b, at, bytes.length);
  }

  private static void le32(byte[] b, int at, int value) {
    for (int i = 0; i < 4; i++) {
      b[at + i] = (byte) (value >>> (8 * i));
    }
  }
}
