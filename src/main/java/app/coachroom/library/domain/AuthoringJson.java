package app.coachroom.library.domain;

import app.coachroom.competency.domain.CompetencyKind;
import app.coachroom.library.domain.AuthoringFile.CompetencyEntry;
import app.coachroom.library.domain.AuthoringFile.QuestionEntry;
import app.coachroom.library.domain.AuthoringFile.RubricEntry;
import app.coachroom.questionbank.domain.AnswerMedia;
import app.coachroom.questionbank.domain.CodingLanguage;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.questionbank.domain.Difficulty;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionJson;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.rubric.domain.RubricJson;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.RuleViolationException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The authoring file as JSON. Writing is deterministic (fixed field order, no IDs or times), so an
 * export imported into an empty tenant exports to the same text. Reading checks the shape of every
 * entry (types, known values) and reports every problem it finds, each with where it is; the
 * content rules are checked afterwards by the entities themselves.
 */
public final class AuthoringJson {
  private AuthoringJson() {}

  /**
   * What reading found: the problems, and the entries whose shape is right (null when the file as a
   * whole is not an authoring file), so their content can be checked too and reported at once.
   *
   * @param entryNumbers per section, the 1-based number in the file of each entry kept
   */
  public record Read(
      AuthoringFile file, List<Problem> problems, Map<String, List<Integer>> entryNumbers) {
    public boolean ok() {
      return problems.isEmpty();
    }

    /** The number in the file of the index-th entry kept in a section. */
    public int entryNumber(String section, int index) {
      return entryNumbers.get(section).get(index);
    }
  }

  public static String write(AuthoringFile file) {
    JsonArrayBuilder competencies = Json.createArrayBuilder();
    for (CompetencyEntry c : file.competencies()) {
      JsonObjectBuilder json = Json.createObjectBuilder().add("name", c.name());
      if (c.description() != null) {
        json.add("description", c.description());
      }
      competencies.add(json.add("kind", c.kind().name()).add("archived", c.archived()));
    }
    JsonArrayBuilder questions = Json.createArrayBuilder();
    for (QuestionEntry q : file.questions()) {
      JsonObjectBuilder json = Json.createObjectBuilder(QuestionJson.toJson(q.content()));
      json.remove("competencyIds");
      json.remove("diagramId");
      JsonArrayBuilder names = Json.createArrayBuilder();
      q.content().competencyIds().forEach(names::add);
      if (q.diagram() != null) {
        json.add(
            "diagram",
            Json.createObjectBuilder()
                .add("fileName", q.diagram().fileName())
                .add("mediaType", q.diagram().mediaType())
                .add("data", Base64.getEncoder().encodeToString(q.diagram().bytes())));
      }
      questions.add(json.add("competencies", names).add("archived", q.archived()));
    }
    JsonArrayBuilder rubrics = Json.createArrayBuilder();
    for (RubricEntry r : file.rubrics()) {
      JsonObject json = RubricJson.toJson(r.content());
      JsonArrayBuilder criteria = Json.createArrayBuilder();
      for (JsonObject criterion : json.getJsonArray("criteria").getValuesAs(JsonObject.class)) {
        JsonObjectBuilder renamed = Json.createObjectBuilder(criterion).remove("competencyId");
        if (criterion.containsKey("competencyId")) {
          renamed.add("competency", criterion.getString("competencyId"));
        }
        criteria.add(renamed);
      }
      rubrics.add(
          Json.createObjectBuilder(json).add("criteria", criteria).add("archived", r.archived()));
    }
    JsonObject root =
        Json.createObjectBuilder()
            .add("format", AuthoringFile.FORMAT)
            .add("version", AuthoringFile.VERSION)
            .add("competencies", competencies)
            .add("questions", questions)
            .add("rubrics", rubrics)
            .build();
    StringWriter out = new StringWriter();
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.writeObject(root);
    }
    return out.toString().strip() + "\n";
  }

  public static Read read(String text) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      JsonValue value = reader.readValue();
      if (!(value instanceof JsonObject object)) {
        return failed(Problem.ofFile("import.format"));
      }
      root = object;
    } catch (JsonParsingException e) {
      return failed(
          Problem.ofFile(
              "import.syntax",
              e.getLocation() == null ? 0 : e.getLocation().getLineNumber(),
              e.getLocation() == null ? 0 : e.getLocation().getColumnNumber()));
    } catch (JsonException | IllegalStateException e) {
      return failed(Problem.ofFile("import.syntax", 0, 0));
    }
    if (!AuthoringFile.FORMAT.equals(text(root, "format"))
        || !(root.get("version") instanceof jakarta.json.JsonNumber version)
        || version.intValue() != AuthoringFile.VERSION) {
      return failed(Problem.ofFile("import.format"));
    }
    Reader reader = new Reader();
    List<CompetencyEntry> competencies =
        reader.section(root, "competencies", "name", reader::competency);
    List<QuestionEntry> questions = reader.section(root, "questions", "title", reader::question);
    List<RubricEntry> rubrics = reader.section(root, "rubrics", "title", reader::rubric);
    return new Read(
        new AuthoringFile(competencies, questions, rubrics),
        List.copyOf(reader.problems),
        Map.copyOf(reader.kept));
  }

  private static Read failed(Problem problem) {
    return new Read(null, List.of(problem), Map.of());
  }

  private static String text(JsonObject json, String name) {
    return json.get(name) instanceof JsonString s ? s.getString() : null;
  }

  /** Reads sections entry by entry, collecting a problem for every wrong field. */
  private static final class Reader {
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, List<Integer>> kept = new java.util.HashMap<>();
    private String section;
    private int entry;
    private int entryStart;
    private String title;

    <T> List<T> section(
        JsonObject root, String name, String titleField, Function<JsonObject, T> read) {
      section = name;
      entry = 0;
      title = null;
      kept.put(name, List.of());
      JsonValue value = root.get(name);
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof JsonArray array)) {
        problems.add(Problem.ofFile("import.section.type", name));
        return List.of();
      }
      List<T> entries = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      kept.put(name, numbers);
      for (JsonValue item : array) {
        entry++;
        if (!(item instanceof JsonObject object)) {
          title = null;
          problem("import.entry.type");
          continue;
        }
        title = text(object, titleField);
        entryStart = problems.size();
        T read1 = read.apply(object);
        if (!problemsInEntry()) {
          entries.add(read1);
          numbers.add(entry);
        }
      }
      return entries;
    }

    CompetencyEntry competency(JsonObject json) {
      strings(json, "name", "description");
      enumValue(json, "kind", CompetencyKind.class);
      booleans(json, "archived");
      return problemsInEntry()
          ? null
          : new CompetencyEntry(
              text(json, "name"),
              text(json, "description"),
              enumOrNull(json, "kind", CompetencyKind.class),
              json.getBoolean("archived", false));
    }

    QuestionEntry question(JsonObject json) {
      strings(json, "title", "prompt", "starterCode", "referenceSolution");
      enumValue(json, "kind", QuestionKind.class);
      enumValue(json, "stage", InterviewStage.class);
      enumValue(json, "difficulty", Difficulty.class);
      enumValue(json, "language", CodingLanguage.class);
      enumValue(json, "answerMedia", AnswerMedia.class);
      booleans(json, "severalCorrect", "archived");
      for (JsonObject choice : objects(json, "choices")) {
        strings(choice, "text");
        booleans(choice, "correct");
      }
      stringList(json, "competencies");
      DiagramImage diagram = diagram(json);
      if (problemsInEntry()) {
        return null;
      }
      JsonObjectBuilder content =
          Json.createObjectBuilder(json).remove("competencies").remove("diagramId");
      content.add(
          "competencyIds",
          json.containsKey("competencies") ? json.get("competencies") : JsonValue.EMPTY_JSON_ARRAY);
      QuestionContent parsed = QuestionJson.fromJson(content.build());
      return new QuestionEntry(parsed, json.getBoolean("archived", false), diagram);
    }

    /**
     * A question's diagram: an object with the image as Base64 "data" and its "fileName". The image
     * is checked by its content like an upload; "mediaType" is informative only.
     */
    private DiagramImage diagram(JsonObject json) {
      JsonValue value = json.get("diagram");
      if (value == null || value == JsonValue.NULL) {
        return null;
      }
      if (!(value instanceof JsonObject diagram) || !(diagram.get("data") instanceof JsonString)) {
        problem("import.diagram.shape");
        return null;
      }
      strings(diagram, "fileName", "mediaType");
      String data = diagram.getString("data");
      if (data.length() > DiagramImage.MAX_BYTES / 3 * 4 + 4) {
        problem("question.diagram.tooLarge");
        return null;
      }
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(data);
      } catch (IllegalArgumentException e) {
        problem("import.diagram.base64");
        return null;
      }
      try {
        return DiagramImage.check(text(diagram, "fileName"), bytes);
      } catch (RuleViolationException e) {
        problem(e.messageKey(), e.args());
        return null;
      }
    }

    RubricEntry rubric(JsonObject json) {
      strings(json, "title", "description");
      booleans(json, "archived");
      List<JsonObject> criteria = objects(json, "criteria");
      for (JsonObject criterion : criteria) {
        strings(criterion, "title", "description", "competency");
        for (JsonObject level : objects(criterion, "levels")) {
          integers(level, "points");
          strings(level, "descriptor");
        }
      }
      if (problemsInEntry()) {
        return null;
      }
      List<RubricContent.Criterion> read = new ArrayList<>();
      for (JsonObject c : criteria) {
        read.add(
            new RubricContent.Criterion(
                text(c, "title"),
                text(c, "description"),
                text(c, "competency"),
                objects(c, "levels").stream()
                    .map(
                        l ->
                            new RubricContent.Level(
                                l.containsKey("points") ? l.getInt("points") : -1,
                                text(l, "descriptor")))
                    .toList()));
      }
      return new RubricEntry(
          new RubricContent(text(json, "title"), text(json, "description"), read),
          json.getBoolean("archived", false));
    }

    /** Whether a problem was found in the current entry so far. */
    private boolean problemsInEntry() {
      return problems.size() > entryStart;
    }

    private void strings(JsonObject json, String... names) {
      for (String name : names) {
        JsonValue value = json.get(name);
        if (value != null && value != JsonValue.NULL && !(value instanceof JsonString)) {
          problem("import.field.text", name);
        }
      }
    }

    private void booleans(JsonObject json, String... names) {
      for (String name : names) {
        JsonValue value = json.get(name);
        if (value != null && value != JsonValue.TRUE && value != JsonValue.FALSE) {
          problem("import.field.boolean", name);
        }
      }
    }

    private void integers(JsonObject json, String... names) {
      for (String name : names) {
        JsonValue value = json.get(name);
        if (!(value instanceof jakarta.json.JsonNumber number) || !number.isIntegral()) {
          problem("import.field.integer", name);
        }
      }
    }

    private <E extends Enum<E>> void enumValue(JsonObject json, String name, Class<E> type) {
      JsonValue value = json.get(name);
      if (value == null || value == JsonValue.NULL) {
        return;
      }
      if (!(value instanceof JsonString s) || enumOrNull(s.getString(), type) == null) {
        problem(
            "import.field.value",
            name,
            value instanceof JsonString s2 ? s2.getString() : value.toString(),
            String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
      }
    }

    private void stringList(JsonObject json, String name) {
      JsonValue value = json.get(name);
      if (value == null) {
        return;
      }
      if (!(value instanceof JsonArray array)
          || !array.stream().allMatch(v -> v instanceof JsonString)) {
        problem("import.field.textList", name);
      }
    }

    /** The objects of a list field; a problem if it is not a list of objects. */
    private List<JsonObject> objects(JsonObject json, String name) {
      JsonValue value = json.get(name);
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof JsonArray array)
          || !array.stream().allMatch(v -> v instanceof JsonObject)) {
        problem("import.field.objectList", name);
        return List.of();
      }
      return array.getValuesAs(JsonObject.class);
    }

    private void problem(String key, Object... args) {
      problems.add(Problem.of(section, entry, title, key, args));
    }
  }

  private static <E extends Enum<E>> E enumOrNull(JsonObject json, String name, Class<E> type) {
    String value = text(json, name);
    return value == null ? null : enumOrNull(value, type);
  }

  private static <E extends Enum<E>> E enumOrNull(String value, Class<E> type) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
