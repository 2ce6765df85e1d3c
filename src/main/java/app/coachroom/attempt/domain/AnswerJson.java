package app.coachroom.attempt.domain;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.List;
import java.util.Optional;

/**
 * The one codec for answers kept as JSON (JSON-B, which both servers ship): STAR fields as an
 * object, chosen options as an array of positions, a recorded answer as its media type, take and
 * size. Text and code answers are stored as typed, not as JSON. A body that is empty reads as
 * nothing chosen or written yet.
 */
public final class AnswerJson {
  private static final Jsonb JSONB = JsonbBuilder.create();

  /** What a recorded answer's body names: the take that is the answer, its type and size. */
  public record Recorded(String mediaType, int take, long bytes) {}

  private AnswerJson() {}

  /** The JSON of a STAR answer, a list of chosen positions, a {@link Recorded} or a page's view. */
  public static String write(Object value) {
    return JSONB.toJson(value);
  }

  /** The STAR fields of a stored behavioural answer. */
  public static AnswerInput.Star star(String body) {
    return blank(body)
        ? new AnswerInput.Star("", "", "", "")
        : read(body, AnswerInput.Star.class).orElseThrow();
  }

  /** The positions of a stored multiple-choice answer, in order. */
  public static List<Integer> choices(String body) {
    return blank(body) ? List.of() : List.of(read(body, Integer[].class).orElseThrow());
  }

  /** The recording a stored spoken answer names; empty for a body that is not one. */
  public static Optional<Recorded> recorded(String body) {
    return blank(body)
        ? Optional.empty()
        : read(body, Recorded.class).filter(r -> r.mediaType() != null);
  }

  private static boolean blank(String body) {
    return body == null || body.isBlank();
  }

  private static <T> Optional<T> read(String body, Class<T> type) {
    try {
      return Optional.ofNullable(JSONB.fromJson(body, type));
    } catch (JsonbException e) {
      throw new IllegalStateException("A stored answer is not the JSON its kind keeps", e);
    }
  }
}
