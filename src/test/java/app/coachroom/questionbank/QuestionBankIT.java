package app.coachroom.questionbank;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.competency.application.CompetencyDetails;
import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.application.CompetencyView;
import app.coachroom.competency.domain.CompetencyKind;
import app.coachroom.identity.ActiveTenant;
import app.coachroom.questionbank.application.QuestionDetails;
import app.coachroom.questionbank.application.QuestionRow;
import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.questionbank.domain.AnswerMedia;
import app.coachroom.questionbank.domain.CodingLanguage;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.questionbank.domain.DiagramView;
import app.coachroom.questionbank.domain.Difficulty;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionContent.Choice;
import app.coachroom.questionbank.domain.QuestionFilter;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.SqlStatements;
import app.coachroom.testing.TenantFixture;
import app.coachroom.testing.TestImages;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Competencies and the question bank on a real server and database, across two tenants. */
class QuestionBankIT extends InContainerTest {
  private static final QuestionFilter ACTIVE =
      new QuestionFilter(null, null, null, null, null, false);

  @Inject QuestionService questions;
  @Inject CompetencyService competencies;
  @Inject TenantFixture fixture;
  @Inject SqlStatements sql;

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
  void everyKindIsStoredAndReadBackExactly() {
    fixture.signIn(coachA, tenantA);
    CompetencyView sql = competency("SQL databases", CompetencyKind.TECHNICAL);
    CompetencyView listening = competency("Active listening", CompetencyKind.SOFT_SKILL);
    List<QuestionContent> written =
        List.of(
            question(QuestionKind.BEHAVIOURAL, "Conflict", List.of(listening.id())),
            question(QuestionKind.TECHNICAL_TEXT, "SQL vs NoSQL", List.of(sql.id())),
            coding("Slow query", "  SELECT *\n  FROM orders;\n", List.of(sql.id(), listening.id())),
            question(QuestionKind.SYSTEM_DESIGN, "Shop API", List.of()),
            multipleChoice(
                "Isolation levels",
                List.of(new Choice("Serializable", true), new Choice("Eventual", false))),
            spoken("Tell me about yourself"));
    for (QuestionContent content : written) {
      QuestionDetails saved = questions.create(content);
      QuestionDetails read = questions.find(saved.id());
      assertEquals(sorted(content), read.content(), content.kind().name());
    }
    assertEquals(6, questions.count(ACTIVE));
  }

  @Test
  void searchFiltersAndPagesInSqlWithAConstantNumberOfStatements() {
    fixture.signIn(coachA, tenantA);
    CompetencyView design = competency("System design", CompetencyKind.TECHNICAL);
    for (int i = 0; i < 24; i++) {
      QuestionKind kind = i % 2 == 0 ? QuestionKind.SYSTEM_DESIGN : QuestionKind.TECHNICAL_TEXT;
      questions.create(
          question(
              kind,
              String.format("Q%02d %s", i, i % 3 == 0 ? "cache" : "queue"),
              i % 4 == 0 ? List.of(design.id()) : List.of()));
    }
    QuestionDetails archived =
        questions.create(question(QuestionKind.SYSTEM_DESIGN, "Old cache", List.of()));
    questions.archive(archived.id(), archived.version());

    assertEquals(24, questions.count(ACTIVE));
    assertEquals(25, questions.count(QuestionFilter.everything()));
    assertEquals(8, questions.count(new QuestionFilter("cache", null, null, null, null, false)));
    assertEquals(
        12,
        questions.count(
            new QuestionFilter(null, QuestionKind.SYSTEM_DESIGN, null, null, null, false)));
    assertEquals(
        6, questions.count(new QuestionFilter(null, null, null, null, design.id(), false)));
    assertEquals(
        0,
        questions.count(new QuestionFilter(null, null, InterviewStage.FINAL, null, null, false)));
    assertEquals(0, questions.count(new QuestionFilter("100%_!", null, null, null, null, true)));

    List<QuestionRow> second = questions.search(ACTIVE, 10, 10);
    assertEquals("Q10 queue", second.get(0).title());
    assertEquals(List.of("System design"), questions.search(ACTIVE, 0, 1).get(0).competencies());

    long small = sql.countDuring(() -> questions.search(ACTIVE, 0, 2));
    long large = sql.countDuring(() -> questions.search(ACTIVE, 0, 24));
    assertTrue(small > 0, "statistics count statements");
    assertEquals(small, large, "statements for a page of 2 and a page of 24");
  }

  @Test
  void editingReplacesChoicesAndTagsAndRefusesStaleVersions() {
    fixture.signIn(coachA, tenantA);
    CompetencyView a = competency("REST API design", CompetencyKind.TECHNICAL);
    CompetencyView b = competency("Testing", CompetencyKind.TECHNICAL);
    QuestionDetails created =
        questions.create(
            withTags(
                multipleChoice(
                    "Status codes",
                    List.of(
                        new Choice("200", false),
                        new Choice("201", true),
                        new Choice("204", false))),
                List.of(a.id())));
    QuestionContent edited =
        withTags(
            multipleChoice(
                "Status codes", List.of(new Choice("201 Created", true), new Choice("302", false))),
            List.of(b.id()));
    QuestionDetails updated = questions.update(created.id(), created.version(), edited);
    assertEquals(sorted(edited), questions.find(created.id()).content());
    assertNotEquals(created.version(), updated.version());

    assertThrows(
        OptimisticLockException.class,
        () ->
            questions.update(
                created.id(), created.version(), question(QuestionKind.CODING, "x", List.of())));
    assertEquals(sorted(edited), questions.find(created.id()).content());
  }

  @Test
  void duplicateMakesAnIndependentCopyAndArchiveHidesFromTheActiveList() {
    fixture.signIn(coachA, tenantA);
    QuestionDetails original = questions.create(coding("FizzBuzz", "class F {}", List.of()));
    QuestionDetails copy = questions.duplicate(original.id(), "Copy of FizzBuzz");
    assertEquals("Copy of FizzBuzz", copy.content().title());
    assertEquals(original.content().starterCode(), copy.content().starterCode());
    assertNotEquals(original.id(), copy.id());

    QuestionDetails archived = questions.archive(original.id(), original.version());
    assertTrue(archived.archived());
    assertEquals(
        List.of(copy.id()), questions.search(ACTIVE, 0, 10).stream().map(QuestionRow::id).toList());
    assertFalse(questions.restore(archived.id(), archived.version()).archived());
  }

  @Test
  void anotherTenantCannotSeeChangeOrTagWithForeignContent() {
    fixture.signIn(coachA, tenantA);
    CompetencyView mineTag = competency("Empathy", CompetencyKind.SOFT_SKILL);
    QuestionDetails mine =
        questions.create(question(QuestionKind.BEHAVIOURAL, "Feedback", List.of(mineTag.id())));

    fixture.signIn(coachB, tenantB);
    assertEquals(0, questions.count(QuestionFilter.everything()));
    assertTrue(competencies.list(true).isEmpty());
    assertThrows(NotFoundException.class, () -> questions.find(mine.id()));
    assertThrows(
        NotFoundException.class,
        () ->
            questions.update(
                mine.id(),
                mine.version(),
                question(QuestionKind.BEHAVIOURAL, "Hijack", List.of())));
    assertThrows(NotFoundException.class, () -> questions.archive(mine.id(), mine.version()));
    assertThrows(NotFoundException.class, () -> questions.duplicate(mine.id(), "Stolen"));
    assertThrows(NotFoundException.class, () -> competencies.find(mineTag.id()));
    assertThrows(
        NotFoundException.class,
        () ->
            competencies.update(
                mineTag.id(),
                mineTag.version(),
                new CompetencyDetails("X", null, CompetencyKind.TECHNICAL)));
    assertThrows(
        NotFoundException.class, () -> competencies.archive(mineTag.id(), mineTag.version()));
    assertEquals(
        "question.competencies.unknown",
        assertThrows(
                RuleViolationException.class,
                () ->
                    questions.create(
                        question(QuestionKind.BEHAVIOURAL, "Tagged", List.of(mineTag.id()))))
            .messageKey());
    assertEquals(0, questions.count(QuestionFilter.everything()));
    assertEquals(
        0, questions.count(new QuestionFilter(null, null, null, null, mineTag.id(), true)));

    fixture.signIn(coachA, tenantA);
    assertEquals(mine, questions.find(mine.id()));
    assertEquals(mineTag, competencies.find(mineTag.id()));
  }

  @Test
  void studentsCannotReachTheBankOrCompetencies() {
    fixture.signIn(coachA, tenantA);
    QuestionDetails question = questions.create(coding("Secret solution", "class S {}", List.of()));
    String student = fixture.newPerson(tenantA, STUDENT);

    fixture.signIn(student, tenantA);
    assertThrows(AccessDeniedException.class, () -> questions.find(question.id()));
    assertThrows(AccessDeniedException.class, () -> questions.search(ACTIVE, 0, 10));
    assertThrows(AccessDeniedException.class, () -> questions.count(ACTIVE));
    assertThrows(
        AccessDeniedException.class,
        () -> questions.create(question(QuestionKind.CODING, "x", List.of())));
    assertThrows(
        AccessDeniedException.class, () -> questions.archive(question.id(), question.version()));
    assertThrows(AccessDeniedException.class, () -> questions.duplicate(question.id(), "Mine"));
    assertThrows(AccessDeniedException.class, () -> competencies.list(false));
    assertThrows(
        AccessDeniedException.class,
        () -> competencies.create(new CompetencyDetails("X", null, CompetencyKind.TECHNICAL)));
  }

  @Test
  void tenantAdminAuthorsAndCompetencyNamesAreUniquePerTenant() {
    String admin = fixture.newPerson(tenantA, TENANT_ADMIN);
    fixture.signIn(admin, tenantA);
    competency("Teamwork", CompetencyKind.SOFT_SKILL);
    RuleViolationException taken =
        assertThrows(
            RuleViolationException.class, () -> competency("TEAMWORK", CompetencyKind.TECHNICAL));
    assertEquals("competency.name.taken", taken.messageKey());
    assertEquals(
        "competency.name.required",
        assertThrows(RuleViolationException.class, () -> competency("  ", CompetencyKind.TECHNICAL))
            .messageKey());
    assertEquals(
        "competency.kind.required",
        assertThrows(RuleViolationException.class, () -> competency("Kindless", null))
            .messageKey());
    assertEquals(1, competencies.list(true).size());

    fixture.signIn(coachB, tenantB);
    assertEquals("Teamwork", competency("Teamwork", CompetencyKind.SOFT_SKILL).name());
  }

  @Test
  void aSystemDesignDiagramIsStoredByContentServedOnlyInItsTenantAndReplacedNotOverwritten() {
    fixture.signIn(coachA, tenantA);
    byte[] png = TestImages.png();
    QuestionDetails saved =
        questions.create(
            question(QuestionKind.SYSTEM_DESIGN, "URL shortener", List.of()),
            DiagramImage.check("../shortener.png", png));
    String first = saved.content().diagramId();
    assertNotNull(first);
    assertArrayEquals(png, questions.diagram(first).bytes());
    DiagramView view = questions.diagramView(first);
    assertEquals("shortener.png", view.fileName());
    assertEquals("image/png", view.mediaType());
    assertEquals(png.length, view.sizeBytes());
    assertEquals(first, questions.find(saved.id()).content().diagramId());

    // editing without a new upload keeps the diagram; a new upload replaces it, the old one stays
    QuestionDetails kept =
        questions.update(saved.id(), saved.version(), saved.content().withDiagramId(first));
    assertEquals(first, kept.content().diagramId());
    byte[] jpeg = TestImages.image("jpg", 320, 200);
    QuestionDetails replaced =
        questions.update(
            kept.id(), kept.version(), kept.content(), DiagramImage.check("v2.jpg", jpeg));
    String second = replaced.content().diagramId();
    assertNotEquals(first, second);
    assertEquals("image/jpeg", questions.diagram(second).mediaType());
    assertArrayEquals(png, questions.diagram(first).bytes(), "a replaced diagram is kept");
    QuestionDetails copy = questions.duplicate(replaced.id(), "Copy");
    assertEquals(second, copy.content().diagramId());
    QuestionDetails removed =
        questions.update(replaced.id(), replaced.version(), replaced.content().withDiagramId(null));
    assertNull(removed.content().diagramId());

    // a question of another kind keeps no diagram and stores none
    long stored = fixture.rows("question_diagram", tenantA);
    QuestionDetails text =
        questions.create(
            question(QuestionKind.TECHNICAL_TEXT, "CAP theorem", List.of()),
            DiagramImage.check("x.png", png));
    assertNull(text.content().diagramId());
    assertEquals(stored, fixture.rows("question_diagram", tenantA));

    // another tenant neither sees the image nor can point its own question at it
    fixture.signIn(coachB, tenantB);
    assertThrows(NotFoundException.class, () -> questions.diagram(first));
    assertThrows(NotFoundException.class, () -> questions.diagramView(first));
    RuleViolationException forged =
        assertThrows(
            RuleViolationException.class,
            () ->
                questions.create(
                    question(QuestionKind.SYSTEM_DESIGN, "Stolen", List.of())
                        .withDiagramId(first)));
    assertEquals("question.diagram.unknown", forged.messageKey());
    assertThrows(NotFoundException.class, () -> questions.diagram("not-an-id"));

    // students never reach the bank's diagrams directly
    String student = fixture.newPerson(tenantA, STUDENT);
    fixture.signIn(student, tenantA);
    assertThrows(AccessDeniedException.class, () -> questions.diagram(second));
  }

  @Test
  void aRefusedQuestionOrAForgedImageLeavesNoDiagramBehind() {
    fixture.signIn(coachA, tenantA);
    DiagramImage good = DiagramImage.check("ok.png", TestImages.png());
    QuestionContent untitled = question(QuestionKind.SYSTEM_DESIGN, " ", List.of());
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> questions.create(untitled, good));
    assertEquals("question.title.required", refused.messageKey());
    assertEquals(0, fixture.rows("question_diagram", tenantA));

    // an image that skipped the upload check (a forged request) is checked again by the service
    DiagramImage forged = new DiagramImage("evil.png", "image/png", TestImages.svgWithScript());
    RuleViolationException type =
        assertThrows(
            RuleViolationException.class,
            () ->
                questions.create(question(QuestionKind.SYSTEM_DESIGN, "Evil", List.of()), forged));
    assertEquals("question.diagram.type", type.messageKey());
    assertEquals(0, fixture.rows("question_diagram", tenantA));
    assertEquals(0, questions.count(QuestionFilter.everything()));
  }

  private CompetencyView competency(String name, CompetencyKind kind) {
    return competencies.create(new CompetencyDetails(name, "About " + name, kind));
  }

  private static QuestionContent question(QuestionKind kind, String title, List<String> tags) {
    return new QuestionContent(
        kind,
        title,
        "Explain: " + title,
        InterviewStage.TECHNICAL_INTERVIEW,
        Difficulty.MEDIUM,
        kind == QuestionKind.CODING ? CodingLanguage.JAVA : null,
        null,
        null,
        false,
        List.of(),
        kind == QuestionKind.SPOKEN ? AnswerMedia.AUDIO : null,
        tags);
  }

  private static QuestionContent coding(String title, String starter, List<String> tags) {
    return new QuestionContent(
        QuestionKind.CODING,
        title,
        "Write it.",
        InterviewStage.TECHNICAL_SCREEN,
        Difficulty.HARD,
        CodingLanguage.SQL,
        starter,
        "-- only coaches\nSELECT 1;",
        false,
        List.of(),
        null,
        tags);
  }

  private static QuestionContent multipleChoice(String title, List<Choice> choices) {
    return new QuestionContent(
        QuestionKind.MULTIPLE_CHOICE,
        title,
        "Pick one.",
        InterviewStage.TECHNICAL_SCREEN,
        Difficulty.EASY,
        null,
        null,
        null,
        false,
        choices,
        null,
        List.of());
  }

  private static QuestionContent spoken(String title) {
    return new QuestionContent(
        QuestionKind.SPOKEN,
        title,
        "Two minutes.",
        InterviewStage.APPLICATION_SCREEN,
        Difficulty.EASY,
        null,
        null,
        null,
        false,
        List.of(),
        AnswerMedia.VIDEO,
        List.of());
  }

  private static QuestionContent withTags(QuestionContent c, List<String> tags) {
    return new QuestionContent(
        c.kind(),
        c.title(),
        c.prompt(),
        c.stage(),
        c.difficulty(),
        c.language(),
        c.starterCode(),
        c.referenceSolution(),
        c.severalCorrect(),
        c.choices(),
        c.answerMedia(),
        tags);
  }

  /** As read back: tags come sorted by ID. */
  private static QuestionContent sorted(QuestionContent c) {
    return withTags(c, c.competencyIds().stream().sorted().toList());
  }
}
