package app.coachroom.questionbank.domain;

import app.coachroom.shared.domain.InterviewStage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/**
 * A question's content as a JSON object, field by field, and back: the frozen copy a published
 * interview template keeps. Absent (null) fields are left out; texts are kept exactly.
 */
public final class QuestionJson {
  private QuestionJson() {}

  public static JsonObject toJson(QuestionContent content) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    put(json, "kind", content.kind());
    put(json, "title", content.title());
    put(json, "prompt", content.prompt());
    put(json, "stage", content.stage());
    put(json, "difficulty", content.difficulty());
    put(json, "language", content.language());
    put(json, "starterCode", content.starterCode());
    put(json, "referenceSolution", content.referenceSolution());
    json.add("severalCorrect", content.severalCorrect());
    JsonArrayBuilder choices = Json.createArrayBuilder();
    content
        .choices()
        .forEach(
            c ->
                choices.add(
                    Json.createObjectBuilder().add("text", c.text()).add("correct", c.correct())));
    json.add("choices", choices);
    put(json, "answerMedia", content.answerMedia());
    JsonArrayBuilder competencies = Json.createArrayBuilder();
    content.competencyIds().forEach(competencies::add);
    json.add("competencyIds", competencies);
    put(json, "diagramId", content.diagramId());
    return json.build();
  }

  public static String write(QuestionContent content) {
    return toJson(content).toString();
  }

  public static QuestionContent read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return fromJson(reader.readObject());
    }
  }

  public static QuestionContent fromJson(JsonObject json) {
    return new QuestionContent(
        enumValue(json, "kind", QuestionKind.class),
        text(json, "title"),
        text(json, "prompt"),
        enumValue(json, "stage", InterviewStage.class),
        enumValue(json, "difficulty", Difficulty.class),
        enumValue(json, "language", CodingLanguage.class),
        text(json, "starterCode"),
        text(json, "referenceSolution"),
        json.getBoolean("severalCorrect", false),
        json.getJsonArray("choices") == null
            ? List.of()
            : json.getJsonArray("choices").getValuesAs(JsonObject.class).stream()
                .map(
                    c ->
                        new QuestionContent.Choice(text(c, "text"), c.getBoolean("correct", false)))
                .toList(),
        enumValue(json, "answerMedia", AnswerMedia.class),
        strings(json.getJsonArray("competencyIds")),
        text(json, "diagramId"));
  }

  private static void put(JsonObjectBuilder json, String name, Object value) {
    if (value instanceof Enum<?> e) {
      json.add(name, e.name());
    } else if (value != null) {
      json.add(name, value.toString());
    }
  }

  static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }

  static <E extends Enum<E>> E enumValue(JsonObject json, String name, Class<E> type) {
    String value = text(json, name);
    return value == null ? null : Enum.valueOf(type, value);
  }

  private static List<String> strings(JsonArray array) {
    return array == null
        ? List.of()
        : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
