package app.coachroom.attempt.domain;

import app.coachroom.questionbank.domain.AnswerMedia;
import app.coachroom.shared.domain.RuleViolationException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a recorded answer may be: WebM, Ogg or MP4 audio (or video, where the question asks for it),
 * judged by the bytes the browser sends and not only by the type it names; uploaded in chunks of at
 * most {@value #CHUNK_MAX} bytes, and not many more chunks than seconds; no longer than the
 * question's answer time allows (a byte budget per second of answer time, generous for the
 * browsers' own encoders).
 */
public final class RecordingRules {
  public static final int CHUNK_MAX = 1024 * 1024;

  /** How long after the answer time uploads of what was recorded in time are still taken. */
  public static final int UPLOAD_GRACE_SECONDS = 120;

  static final long AUDIO_BYTES_PER_SECOND = 40_000;
  static final long VIDEO_BYTES_PER_SECOND = 400_000;
  static final long OVERHEAD_BYTES = 256 * 1024;

  private static final Pattern TYPE =
      Pattern.compile("^(audio|video)/(webm|ogg|mp4)(;\\s*codecs=\"?[a-z0-9.,\\s-]+\"?)?$");

  private RecordingRules() {}

  /**
   * The stored media type for what the browser says it records (codecs dropped); refused unless it
   * is WebM, Ogg or MP4 of the kind the question asks for.
   */
  public static String mediaType(String declared, AnswerMedia wanted) {
    String type = declared == null ? "" : declared.strip().toLowerCase(Locale.ROOT);
    Matcher m = TYPE.matcher(type);
    if (!m.matches()) {
      throw new RuleViolationException("recording", "attempt.recording.type");
    }
    boolean video = m.group(1).equals("video");
    if (video != (wanted == AnswerMedia.VIDEO)) {
      throw new RuleViolationException("recording", "attempt.recording.type");
    }
    return m.group(1) + "/" + m.group(2);
  }

  /**
   * The most chunks a take of {@code answerSeconds} may have: the page records one-second slices,
   * so twice the answer time (plus the slices a stop adds) leaves browsers room and still stops a
   * client from splitting its byte budget into millions of tiny rows.
   */
  public static int maxChunks(int answerSeconds) {
    return 2 * answerSeconds + 16;
  }

  /** The most bytes a recording of {@code answerSeconds} may have. */
  public static long maxBytes(AnswerMedia media, int answerSeconds) {
    long rate = media == AnswerMedia.VIDEO ? VIDEO_BYTES_PER_SECOND : AUDIO_BYTES_PER_SECOND;
    return OVERHEAD_BYTES + rate * answerSeconds;
  }

  /** Refuses a first chunk that does not start like its container (WebM, Ogg or MP4). */
  public static void checkStart(byte[] first, String mediaType) {
    boolean ok;
    if (mediaType.endsWith("/webm")) {
      ok = startsWith(first, 0, new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3});
    } else if (mediaType.endsWith("/ogg")) {
      ok = startsWith(first, 0, new byte[] {'O', 'g', 'g', 'S'});
    } else {
      ok = startsWith(first, 4, new byte[] {'f', 't', 'y', 'p'});
    }
    if (!ok) {
      throw new RuleViolationException("recording", "attempt.recording.content");
    }
  }

  private static boolean startsWith(byte[] data, int offset, byte[] magic) {
    if (data.length < offset + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (data[offset + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
