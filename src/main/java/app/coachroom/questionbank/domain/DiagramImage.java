package app.coachroom.questionbank.domain;

import app.coachroom.shared.domain.ImageContent;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

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
  public static final String ACCEPTED_TYPES = ImageContent.ACCEPTED_TYPES;

  /** Checks uploaded bytes; throws with a message key naming what is wrong. */
  public static DiagramImage check(String originalName, byte[] bytes) {
    String type =
        ImageContent.check(bytes, MAX_BYTES, MAX_PIXELS_PER_SIDE, "diagram", "question.diagram");
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
    return ImageContent.extensionOf(mediaType);
  }

  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
      return "diagram." + ImageContent.extensionOf(type);
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
