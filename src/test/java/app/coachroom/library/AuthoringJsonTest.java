package app.coachroom.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.competency.domain.CompetencyKind;
import app.coachroom.library.domain.AuthoringFile;
import app.coachroom.library.domain.AuthoringFile.CompetencyEntry;
import app.coachroom.library.domain.AuthoringFile.QuestionEntry;
import app.coachroom.library.domain.AuthoringFile.RubricEntry;
import app.coachroom.library.domain.AuthoringJson;
import app.coachroom.library.domain.Problem;
import app.coachroom.questionbank.domain.CodingLanguage;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.questionbank.domain.Difficulty;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.testing.TestImages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The authoring file's JSON form: exact round trip, and every shape problem reported. */
class AuthoringJsonTest {

  @Test
  void writeThenReadGivesTheSameContentAndTheSameText() {
    AuthoringFile file =
        new AuthoringFile(
            List.of(
                new CompetencyEntry(
                    "Databases", "SQL \"and\" NoSQL", CompetencyKind.TECHNICAL, true)),
            List.of(
                new QuestionEntry(
                    new QuestionContent(
                        QuestionKind.CODING,
                        "Slow query",
                        "Fix it.\n\tTabbed.",
                        InterviewStage.TECHNICAL_SCREEN,
                        Difficulty.HARD,
                        CodingLanguage.SQL,
                        "SELECT *\n    FROM t;\n",
                        "-- é ü ✓",
                        false,
                        List.of(),
                        null,
                        List.of("Databases")),
                    true),
                new QuestionEntry(
                    new QuestionContent(
                        QuestionKind.SYSTEM_DESIGN,
                        "Design a feed",
                        "Sketch it.",
                        InterviewStage.TECHNICAL_INTERVIEW,
                        Difficulty.MEDIUM,
                        null,
                        null,
                        null,
                        false,
                        List.of(),
                        null,
                        List.of()),
                    false,
                    DiagramImage.check("feed.png", TestImages.png()))),
            List.of(
                new RubricEntry(
                    new RubricContent(
                        "STAR",
                        null,
                        List.of(
                            new RubricContent.Criterion(
                                "Result",
                                null,
                                "Databases",
                                List.of(
                                    new RubricContent.Level(3, "Measured"),
                                    new RubricContent.Level(0, "None"))))),
                    false)));
    String text = AuthoringJson.write(file);
    AuthoringJson.Read read = AuthoringJson.read(text);
    assertTrue(read.ok(), () -> read.problems().toString());
    assertEquals(file, read.file());
    assertEquals(text, AuthoringJson.write(read.file()));
  }

  @Test
  void theBundledStarterPackHasTheRightShape() throws IOException {
    try (InputStream in =
        getClass().getResourceAsStream("/app/coachroom/library/starter-pack.json")) {
      AuthoringJson.Read read =
          AuthoringJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      assertTrue(read.ok(), () -> read.problems().toString());
      assertEquals(22, read.file().questions().size());
      assertEquals(13, read.file().competencies().size());
    }
  }

  @Test
  void brokenJsonSaysWhere() {
    AuthoringJson.Read read =
        AuthoringJson.read(
            "{\n  \"format\": \"coachroom.authoring\",\n  \"version\": 1,\n  oops\n}");
    Problem problem = read.problems().get(0);
    assertEquals("import.syntax", problem.messageKey());
    assertEquals(4L, ((Number) problem.args()[0]).longValue());
  }

  @Test
  void somethingElseIsNotTakenForAnExport() {
    assertEquals("import.format", only(AuthoringJson.read("[]")).messageKey());
    assertEquals("import.format", only(AuthoringJson.read("{\"questions\": []}")).messageKey());
    assertEquals(
        "import.format",
        only(AuthoringJson.read("{\"format\": \"coachroom.authoring\", \"version\": 2}"))
            .messageKey());
  }

  @Test
  void everyWrongFieldIsReportedWithItsEntry() {
    String text =
        """
        {"format": "coachroom.authoring", "version": 1,
         "competencies": [{"name": "Teamwork", "kind": "SOFT"}],
         "questions": [
           {"kind": "CODING", "title": "Good", "stage": "TECHNICAL_SCREEN", "difficulty": "EASY"},
           {"kind": "ESSAY", "title": "Bad kind", "severalCorrect": "yes"},
           "not an object",
           {"title": 42, "choices": {"text": "x"}, "competencies": [1]}
         ],
         "rubrics": [{"title": "R", "criteria": [{"title": "C", "levels": [{"points": 1.5}]}]}]}
        """;
    List<Problem> problems = AuthoringJson.read(text).problems();
    List<String> found =
        problems.stream()
            .map(
                p ->
                    p.section()
                        + "#"
                        + p.entry()
                        + " "
                        + p.messageKey()
                        + " "
                        + (p.args().length == 0 ? "" : p.args()[0]))
            .toList();
    assertEquals(
        List.of(
            "competencies#1 import.field.value kind",
            "questions#2 import.field.value kind",
            "questions#2 import.field.boolean severalCorrect",
            "questions#4 import.field.text title",
            "questions#4 import.field.objectList choices",
            "questions#4 import.field.textList competencies",
            "rubrics#1 import.field.integer points"),
        found.stream().filter(s -> !s.contains("entry.type")).toList());
    assertTrue(
        problems.stream()
            .anyMatch(p -> p.entry() == 3 && p.messageKey().equals("import.entry.type")));
    assertEquals("Bad kind", problems.get(1).title());
  }

  private static Problem only(AuthoringJson.Read read) {
    assertEquals(1, read.problems().size(), read.problems()::toString);
    return read.problems().get(0);
  }
}
