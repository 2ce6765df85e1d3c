package app.coachroom.shared.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks uploaded image bytes by their content: PNG, JPEG, GIF or WebP only (never trusting a file
 * name or the browser's type, so an SVG or HTML page named {@code .png} is refused), a header that
 * really reads as that image, and a sane size in bytes and pixels. Used for question diagrams and
 * tenant logos, each with its own limits and messages.
 */
public final class ImageContent {
  /** Every type accepted, as an upload's {@code accept} attribute lists them. */
  public static final String ACCEPTED_TYPES = "image/png,image/jpeg,image/gif,image/webp";

  private ImageContent() {}

  /**
   * The detected media type of acceptable bytes. Refusals name the field and use the keys {@code
   * <prefix>.empty}, {@code .tooLarge}, {@code .type}, {@code .unreadable} and {@code .dimensions}.
   */
  public static String check(
      byte[] bytes, int maxBytes, int maxPixelsPerSide, String field, String keyPrefix) {
    if (bytes == null || bytes.length == 0) {
      throw new RuleViolationException(field, keyPrefix + ".empty");
    }
    if (bytes.length > maxBytes) {
      throw new RuleViolationException(field, keyPrefix + ".tooLarge");
    }
    String type = detectType(bytes);
    if (type == null) {
      throw new RuleViolationException(field, keyPrefix + ".type");
    }
    int[] size = "image/webp".equals(type) ? webpSize(bytes) : imageIoSize(type, bytes);
    if (size == null) {
      throw new RuleViolationException(field, keyPrefix + ".unreadable");
    }
    if (size[0] < 1 || size[1] < 1 || size[0] > maxPixelsPerSide || size[1] > maxPixelsPerSide) {
      throw new RuleViolationException(field, keyPrefix + ".dimensions");
    }
    return type;
  }

  /** The extension that goes with a detected type, for generated file names. */
  public static String extensionOf(String mediaType) {
    return switch (mediaType) {
      case "image/png" -> "png";
      case "image/jpeg" -> "jpg";
      case "image/gif" -> "gif";
      case "image/webp" -> "webp";
      default -> throw new IllegalArgumentException(mediaType);
    };
  }

  /** The image type the bytes start with, or null for anything else (SVG and HTML included). */
  public static String detectType(byte[] b) {
    if (startsWith(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
      return "image/png";
    }
    if (startsWith(b, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return "image/jpeg";
    }
    if (startsWith(b, 0, ascii("GIF87a")) || startsWith(b, 0, ascii("GIF89a"))) {
      return "image/gif";
    }
    if (startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
      return "image/webp";
    }
    return null;
  }

  private static int[] imageIoSize(String type, byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
      if (in == null || !readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Width and height of a WebP image (lossy VP8, lossless VP8L or extended VP8X), or null. */
  static int[] webpSize(byte[] b) {
    if (b.length < 30 || (le32(b, 4) & 0xFFFFFFFFL) + 8 != b.length) {
      return null;
    }
    String chunk = new String(b, 12, 4, StandardCharsets.US_ASCII);
    return switch (chunk) {
      case "VP8 " ->
          (b[23] == (byte) 0x9D && b[24] == 0x01 && b[25] == 0x2A)
              ? new int[] {le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF}
              : null;
      case "VP8L" -> {
        if (b[20] != 0x2F) {
          yield null;
        }
        int bits = le32(b, 21);
        yield new int[] {(bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1};
      }
      case "VP8X" -> new int[] {le24(b, 24) + 1, le24(b, 27) + 1};
      default -> null;
    };
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    return bytes.length >= offset + prefix.length
        && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static int le16(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static int le24(byte[] b, int i) {
    return le16(b, i) | (b[i + 2] & 0xFF) << 16;
  }

  private static int le32(byte[] b, int i) {
    return le24(b, i) | (b[i + 3] & 0xFF) << 24;
  }
}
