package app.coachroom.questionbank.domain;

import app.coachroom.shared.domain.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A system-design diagram as uploaded, checked by its content: PNG, JPEG, GIF or WebP only, at most
 * {@link #MAX_BYTES}, with a sane size in pixels. The type comes from the bytes, never from the
 * file name or the browser, so an SVG or HTML page named {@code .png} is refused. The original name
 * is kept only to show it (reduced to a harmless base name); the file is always served under a
 * generated name.
 *
 * @param fileName the cleaned original name, for display only
 * @param mediaType the type detected from the content
 */
public record DiagramImage(String fileName, String mediaType, byte[] bytes)
    implements Serializable {
  public static final int MAX_BYTES = 2 * 1024 * 1024;
  public static final int MAX_PIXELS_PER_SIDE = 10_000;
  public static final int NAME_MAX = 120;

  /** Every type accepted, as the upload's {@code accept} attribute lists them. */
  public static final String ACCEPTED_TYPES = "image/png,image/jpeg,image/gif,image/webp";

  /** Checks uploaded bytes; throws with a message key naming what is wrong. */
  public static DiagramImage check(String originalName, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new RuleViolationException("diagram", "question.diagram.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw new RuleViolationException("diagram", "question.diagram.tooLarge");
    }
    String type = detectType(bytes);
    if (type == null) {
      throw new RuleViolationException("diagram", "question.diagram.type");
    }
    checkDimensions(type, bytes);
    return new DiagramImage(cleanName(originalName, type), type, bytes.clone());
  }

  public DiagramImage {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  /** The extension that goes with the type, for generated file names. */
  public String extension() {
    return extensionOf(mediaType);
  }

  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String extensionOf(String mediaType) {
    return switch (mediaType) {
      case "image/png" -> "png";
      case "image/jpeg" -> "jpg";
      case "image/gif" -> "gif";
      case "image/webp" -> "webp";
      default -> throw new IllegalArgumentException(mediaType);
    };
  }

  /** The image type the bytes start with, or null for anything else (SVG and HTML included). */
  static String detectType(byte[] b) {
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

  /**
   * Reads the width and height from the header, so a file that only starts like an image, or a
   * "pixel bomb" of enormous dimensions, is refused. The JDK reads PNG, JPEG and GIF headers; for
   * WebP the RIFF container's length and first chunk are checked and the size is read from it.
   */
  private static void checkDimensions(String type, byte[] bytes) {
    int[] size = "image/webp".equals(type) ? webpSize(bytes) : imageIoSize(type, bytes);
    if (size == null) {
      throw new RuleViolationException("diagram", "question.diagram.unreadable");
    }
    if (size[0] < 1
        || size[1] < 1
        || size[0] > MAX_PIXELS_PER_SIDE
        || size[1] > MAX_PIXELS_PER_SIDE) {
      throw new RuleViolationException("diagram", "question.diagram.dimensions");
    }
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

  /**
   * The base name of what the browser sent: no directories, no control or path characters, not
   * longer than {@link #NAME_MAX}; "diagram.png" (etc.) when nothing usable is left.
   */
  static String cleanName(String original, String type) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c) && "<>:\"|?*".indexOf(c) < 0)
        .forEach(kept::appendCodePoint);
    name = kept.toString().strip();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    if (name.isBlank()) {
      return "diagram." + extensionOf(type);
    }
    if (name.length() > NAME_MAX) {
      int cut = NAME_MAX;
      if (Character.isLowSurrogate(name.charAt(cut))) {
        cut--;
      }
      name = name.substring(0, cut);
    }
    return name;
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

  @Override
  public boolean equals(Object other) {
    return other instanceof DiagramImage d
        && d.fileName.equals(fileName)
        && d.mediaType.equals(mediaType)
        && Arrays.equals(d.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes) * 31 + mediaType.hashCode();
  }

  @Override
  public String toString() {
    return "DiagramImage[" + fileName + ", " + mediaType + ", " + bytes.length + " bytes]";
  }
}
