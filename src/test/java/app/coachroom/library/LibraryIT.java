package app.coachroom.library;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.competency.application.CompetencyDetails;
import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.application.CompetencyView;
import app.coachroom.competency.domain.CompetencyKind;
import app.coachroom.course.application.CourseReading;
import app.coachroom.identity.ActiveTenant;
import app.coachroom.interviewtemplate.application.InterviewTemplateService;
import app.coachroom.interviewtemplate.application.TemplateRow;
import app.coachroom.library.application.AuthoringTransfer;
import app.coachroom.library.application.ImportReport;
import app.coachroom.library.application.StarterPack;
import app.coachroom.library.application.StarterPackReport;
import app.coachroom.questionbank.application.QuestionDetails;
import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.questionbank.domain.CodingLanguage;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.questionbank.domain.Difficulty;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionFilter;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.rubric.application.RubricDetails;
import app.coachroom.rubric.application.RubricService;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.TenantFixture;
import app.coachroom.testing.TestImages;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Export, import and the starter pack on a real server and database. */
class LibraryIT extends InContainerTest {

  @Inject AuthoringTransfer transfer;
  @Inject StarterPack starterPack;
  @Inject CompetencyService competencies;
  @Inject QuestionService questions;
  @Inject RubricService rubrics;
  @Inject InterviewTemplateService templates;
  @Inject CourseReading reading;
  @Inject TenantFixture fixture;

  private ActiveTenant tenantA;
  private ActiveTenant tenantB;
  private String coachA;
  private String coachB;

  @BeforeEach
  void twoTenants() {
    tenantA = fixture.newTenant();
    tenantB = fixture.newTenant();
    coachA = fixture.newPerson(tenantA, COACH);
    coachB = fixture.newPerson(tenantB, COACH);
  }

  @Test
  void anExportImportedIntoAnotherTenantExportsToTheSameText() {
    fixture.signIn(coachA, tenantA);
    CompetencyView sql =
        competencies.create(
            new CompetencyDetails("Databases", "SQL and NoSQL", CompetencyKind.TECHNICAL));
    CompetencyView old =
        competencies.create(new CompetencyDetails("Old skill", null, CompetencyKind.SOFT_SKILL));
    competencies.archive(old.id(), old.version());
    questions.create(coding("Slow query", List.of(sql.id())));
    questions.create(
        new QuestionContent(
            QuestionKind.SYSTEM_DESIGN,
            "Design a feed",
            "Sketch it.",
            InterviewStage.TECHNICAL_INTERVIEW,
            Difficulty.HARD,
            null,
            null,
            null,
            false,
            List.of(),
            null,
            List.of()),
        DiagramImage.check("feed.png", TestImages.png()));
    QuestionDetails archived = questions.create(coding("Retired", List.of(sql.id(), old.id())));
    questions.archive(archived.id(), archived.version());
    RubricDetails rubric = rubrics.create(rubric("Technical", sql.id()));
    rubrics.archive(rubric.id(), rubric.version());
    String exported = transfer.export();

    fixture.signIn(coachB, tenantB);
    ImportReport report = transfer.importFile(exported);
    assertTrue(report.imported(), () -> report.problems().toString());
    assertEquals(3, report.questions());
    assertEquals(1, report.rubrics());
    assertEquals(2, report.competenciesCreated());
    assertEquals(exported, transfer.export());
    assertEquals(2, questions.count(new QuestionFilter(null, null, null, null, null, false)));
    assertTrue(exported.contains("feed.png"), "the diagram travels in the file");
  }

  @Test
  void aFileWithProblemsImportsNothingAndListsThemAll() {
    fixture.signIn(coachA, tenantA);
    String bad =
        """
        {"format": "coachroom.authoring", "version": 1,
         "competencies": [{"name": "APIs", "kind": "TECHNICAL"}, {"name": "apis", "kind": "TECHNICAL"}],
         "questions": [
           {"kind": "BEHAVIOURAL", "title": "Fine", "prompt": "Tell us.", "stage": "BEHAVIOURAL", "difficulty": "EASY", "competencies": ["APIs"]},
           {"kind": "MULTIPLE_CHOICE", "title": "No answer", "prompt": "Pick", "stage": "TECHNICAL_SCREEN", "difficulty": "EASY",
            "choices": [{"text": "a", "correct": false}, {"text": "b", "correct": false}]},
           {"kind": "BEHAVIOURAL", "title": "", "prompt": "x", "stage": "BEHAVIOURAL", "difficulty": "EASY", "competencies": ["Nope"]},
           {"kind": "SYSTEM_DESIGN", "title": "SVG", "prompt": "x", "stage": "TECHNICAL_INTERVIEW", "difficulty": "EASY",
            "diagram": {"fileName": "d.png", "mediaType": "image/png", "data": "%s"}},
           {"kind": "SYSTEM_DESIGN", "title": "Not Base64", "prompt": "x", "stage": "TECHNICAL_INTERVIEW", "difficulty": "EASY",
            "diagram": {"fileName": "d.png", "data": "iVBORw0K!!"}}
         ],
         "rubrics": [{"title": "Dup points", "criteria": [{"title": "C", "levels": [{"points": 1, "descriptor": "a"}, {"points": 1, "descriptor": "b"}]}]}]}
        """
            .formatted(Base64.getEncoder().encodeToString(TestImages.svgWithScript()));
    ImportReport report = transfer.importFile(bad);
    assertFalse(report.imported());
    Set<String> keys =
        report.problems().stream().map(p -> p.messageKey()).collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "import.competency.duplicate",
            "question.choices.noneCorrect",
            "import.competency.unknown",
            "question.title.required",
            "question.diagram.type",
            "import.diagram.base64",
            "rubric.level.points.duplicate"),
        keys);
    assertEquals(0, questions.count(QuestionFilter.everything()));
    assertEquals(0, rubrics.count(true));
    assertEquals(List.of(), competencies.list(true));
    assertEquals("import.syntax", transfer.importFile("{").problems().get(0).messageKey());
    // other content behind a .json name: SVG, HTML, an image read as text
    for (String other :
        List.of(
            "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
            "<!DOCTYPE html><script>alert(1)</script>",
            "\u0089PNG\r\n\u001a\n\u0000\u0000")) {
      assertEquals("import.syntax", transfer.importFile(other).problems().get(0).messageKey());
    }
    assertEquals(0, questions.count(QuestionFilter.everything()));
  }

  @Test
  void competenciesAreMatchedByNameNotDuplicated() {
    fixture.signIn(coachA, tenantA);
    competencies.create(new CompetencyDetails("Teamwork", "Ours", CompetencyKind.SOFT_SKILL));
    String file =
        """
        {"format": "coachroom.authoring", "version": 1,
         "competencies": [{"name": "teamwork", "description": "Theirs", "kind": "SOFT_SKILL"}],
         "questions": [{"kind": "BEHAVIOURAL", "title": "Q", "prompt": "P", "stage": "BEHAVIOURAL", "difficulty": "EASY", "competencies": ["TEAMWORK"]}]}
        """;
    ImportReport report = transfer.importFile(file);
    assertTrue(report.imported(), () -> report.problems().toString());
    assertEquals(1, report.competenciesReused());
    assertEquals(1, competencies.list(true).size());
    assertEquals("Ours", competencies.list(true).get(0).description());
  }

  @Test
  void theStarterPackGivesATenantEverythingOnceAndOnlyAdminsImportIt() {
    String admin = fixture.newPerson(tenantA, TENANT_ADMIN);
    fixture.signIn(coachA, tenantA);
    assertThrows(AccessDeniedException.class, () -> starterPack.importPack());

    fixture.signIn(admin, tenantA);
    assertTrue(starterPack.importedAt().isEmpty());
    StarterPackReport report = starterPack.importPack();
    assertEquals(22, report.questions());
    assertEquals(4, report.rubrics());
    assertEquals(6, report.templates());
    assertEquals(1, report.courses());
    assertEquals(13, report.competencies());
    assertTrue(starterPack.importedAt().isPresent());
    List<TemplateRow> published = templates.page(0, 20, false);
    assertEquals(
        Set.of(InterviewStage.values()),
        published.stream().map(TemplateRow::stage).collect(Collectors.toSet()),
        "one template per interview stage");
    assertTrue(published.stream().allMatch(t -> Integer.valueOf(1).equals(t.publishedNumber())));
    assertEquals(
        List.of("Soft skills for backend developers"),
        reading.published().stream().map(c -> c.title()).toList());
    assertEquals(
        "starter.alreadyImported",
        assertThrows(RuleViolationException.class, () -> starterPack.importPack()).messageKey());
    assertEquals(22, questions.count(QuestionFilter.everything()));

    fixture.signIn(coachB, tenantB);
    assertEquals(0, questions.count(QuestionFilter.everything()), "the other tenant got nothing");
  }

  @Test
  void studentsCannotExportOrImport() {
    String student = fixture.newPerson(tenantA, STUDENT);
    fixture.signIn(student, tenantA);
    assertThrows(AccessDeniedException.class, () -> transfer.export());
    assertThrows(AccessDeniedException.class, () -> transfer.importFile("{}"));
    assertThrows(AccessDeniedException.class, () -> starterPack.importedAt());
  }

  @Test
  void theDemoTenantHasTheStarterPackAndSecondDoesNot() {
    ActiveTenant demo =
        new ActiveTenant("10000000-0000-4000-8000-000000000001", "demo", "Demo Bootcamp");
    ActiveTenant second =
        new ActiveTenant("10000000-0000-4000-8000-000000000002", "second", "Second Bootcamp");
    String adminOfBoth = fixture.newPerson(demo, TENANT_ADMIN);
    fixture.grant(second, adminOfBoth, TENANT_ADMIN);
    fixture.signIn(adminOfBoth, demo);
    assertTrue(starterPack.importedAt().isPresent());
    fixture.signIn(adminOfBoth, second);
    assertTrue(starterPack.importedAt().isEmpty());
  }

  private static QuestionContent coding(String title, List<String> competencyIds) {
    return new QuestionContent(
        QuestionKind.CODING,
        title,
        "Make it fast.",
        InterviewStage.TECHNICAL_SCREEN,
        Difficulty.HARD,
        CodingLanguage.SQL,
        "SELECT *\n    FROM orders;\n",
        "CREATE INDEX ix ON orders (status);",
        false,
        List.of(),
        null,
        competencyIds);
  }

  private static RubricContent rubric(String title, String competencyId) {
    return new RubricContent(
        title,
        "Graded",
        List.of(
            new RubricContent.Criterion(
                "Correct",
                null,
                competencyId,
                List.of(new RubricContent.Level(2, "Yes"), new RubricContent.Level(0, "No")))));
  }
}
