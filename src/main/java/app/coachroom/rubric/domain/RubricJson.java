package app.coachroom.rubric.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/**
 * A rubric's content as a JSON object and back: the frozen copy a published interview template
 * keeps, so grading uses the rubric as it was when the template was published.
 */
public final class RubricJson {
  private RubricJson() {}

  public static JsonObject toJson(RubricContent content) {
    JsonArrayBuilder criteria = Json.createArrayBuilder();
    for (RubricContent.Criterion criterion : content.criteria()) {
      JsonArrayBuilder levels = Json.createArrayBuilder();
      criterion
          .levels()
          .forEach(
              l ->
                  levels.add(
                      Json.createObjectBuilder()
                          .add("points", l.points())
                          .add("descriptor", l.descriptor())));
      JsonObjectBuilder c = Json.createObjectBuilder().add("title", criterion.title());
      putIfPresent(c, "description", criterion.description());
      putIfPresent(c, "competencyId", criterion.competencyId());
      criteria.add(c.add("levels", levels));
    }
    JsonObjectBuilder json = Json.createObjectBuilder().add("title", content.title());
    putIfPresent(json, "description", content.description());
    return json.add("criteria", criteria).build();
  }

  public static String write(RubricContent content) {
    return toJson(content).toString();
  }

  public static RubricContent read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return fromJson(reader.readObject());
    }
  }

  public static RubricContent fromJson(JsonObject json) {
    List<RubricContent.Criterion> criteria =
        json.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
            .map(
                c ->
                    new RubricContent.Criterion(
                        text(c, "title"),
                        text(c, "description"),
                        text(c, "competencyId"),
                        c.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                            .map(
                                l ->
                                    new RubricContent.Level(
                                        l.getInt("points"), text(l, "descriptor")))
                            .toList()))
            .toList();
    return new RubricContent(text(json, "title"), text(json, "description"), criteria);
  }

  private static void putIfPresent(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }
}
