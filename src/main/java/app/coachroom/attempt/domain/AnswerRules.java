package app.coachroom.attempt.domain;

import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.shared.domain.RuleViolationException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Which answer each kind of question takes, its limits, how it is stored (text as typed, STAR
 * fields and choices as JSON) and how multiple choice is scored.
 */
public final class AnswerRules {
  /** Characters of a text or code answer. */
  public static final int TEXT_MAX = 50_000;

  /** Characters of each STAR field. */
  public static final int STAR_FIELD_MAX = 10_000;

  private AnswerRules() {}

  /** The stored form of an answer to this question; refused if it does not fit the question. */
  public static String body(QuestionContent question, AnswerInput input) {
    QuestionKind kind = question.kind();
    if (input instanceof AnswerInput.Text text && takesText(kind)) {
      return text(text.text(), TEXT_MAX);
    }
    if (input instanceof AnswerInput.Star star && kind == QuestionKind.BEHAVIOURAL) {
      return star(star);
    }
    if (input instanceof AnswerInput.Choices choices && kind == QuestionKind.MULTIPLE_CHOICE) {
      return choices(question, choices.selected());
    }
    throw new RuleViolationException("answer", "attempt.answer.wrongKind");
  }

  private static boolean takesText(QuestionKind kind) {
    return kind == QuestionKind.TECHNICAL_TEXT
        || kind == QuestionKind.SYSTEM_DESIGN
        || kind == QuestionKind.CODING;
  }

  private static String text(String text, int max) {
    String value = text == null ? "" : text;
    if (value.length() > max) {
      throw new RuleViolationException("answer", "attempt.answer.tooLong", max);
    }
    return value;
  }

  private static String star(AnswerInput.Star star) {
    return Json.createObjectBuilder()
        .add("situation", text(star.situation(), STAR_FIELD_MAX))
        .add("task", text(star.task(), STAR_FIELD_MAX))
        .add("action", text(star.action(), STAR_FIELD_MAX))
        .add("result", text(star.result(), STAR_FIELD_MAX))
        .build()
        .toString();
  }

  private static String choices(QuestionContent question, List<Integer> selected) {
    Set<Integer> chosen = new TreeSet<>();
    for (Integer index : selected) {
      if (index == null || index < 0 || index >= question.choices().size()) {
        throw new RuleViolationException("answer", "attempt.answer.noSuchChoice");
      }
      chosen.add(index);
    }
    if (!question.severalCorrect() && chosen.size() > 1) {
      throw new RuleViolationException("answer", "attempt.answer.oneChoice");
    }
    var array = Json.createArrayBuilder();
    chosen.forEach(array::add);
    return array.build().toString();
  }

  /** The STAR fields of a stored behavioural answer. */
  public static AnswerInput.Star readStar(String body) {
    if (body == null || body.isEmpty()) {
      return new AnswerInput.Star("", "", "", "");
    }
    JsonObject json = parse(body).asJsonObject();
    return new AnswerInput.Star(
        json.getString("situation", ""),
        json.getString("task", ""),
        json.getString("action", ""),
        json.getString("result", ""));
  }

  /** The media type of a stored recorded answer. */
  public static String readRecordingType(String body) {
    if (body == null || body.isEmpty()) {
      return null;
    }
    return parse(body).asJsonObject().getString("mediaType", null);
  }

  /** The take a stored recorded answer names (0 when none). */
  public static int readRecordingTake(String body) {
    if (body == null || body.isEmpty()) {
      return 0;
    }
    return parse(body).asJsonObject().getInt("take", 0);
  }

  /** The choices of a stored multiple-choice answer, in order. */
  public static List<Integer> readChoices(String body) {
    if (body == null || body.isEmpty()) {
      return List.of();
    }
    JsonArray array = parse(body).asJsonArray();
    List<Integer> chosen = new ArrayList<>();
    for (JsonValue value : array) {
      chosen.add(((JsonNumber) value).intValue());
    }
    return chosen;
  }

  private static JsonValue parse(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    }
  }

  /** Whether the question is scored on submit rather than graded by a coach. */
  public static boolean autoScored(QuestionContent question) {
    return question.kind() == QuestionKind.MULTIPLE_CHOICE;
  }

  /**
   * One point when exactly the correct options were chosen (all of them, for a question with
   * several), else none. A question left unanswered scores nothing.
   */
  public static int points(QuestionContent question, String body) {
    Set<Integer> correct = new TreeSet<>();
    IntStream.range(0, question.choices().size())
        .filter(i -> question.choices().get(i).correct())
        .forEach(correct::add);
    return new TreeSet<>(readChoices(body)).equals(correct) ? 1 : 0;
  }
}
