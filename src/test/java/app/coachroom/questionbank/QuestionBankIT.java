package app.coachroom.questionbank;

import static app.coachroom.tenancy.domain.Role.COACH;
import static app.coachroom.tenancy.domain.Role.STUDENT;
import static app.coachroom.tenancy.domain.Role.TENANT_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.competency.application.CompetencyDetails;
import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.application.CompetencyView;
import app.coachroom.competency.domain.CompetencyKind;
import app.coachroom.questionbank.application.QuestionDetails;
import app.coachroom.questionbank.application.QuestionRow;
import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.questionbank.domain.AnswerMedia;
import app.coachroom.questionbank.domain.CodingLanguage;
import app.coachroom.questionbank.domain.Difficulty;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionContent.Choice;
import app.coachroom.questionbank.domain.QuestionFilter;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.tenancy.application.ActiveTenant;
import app.coachroom.testing.Deployments;
import app.coachroom.testing.SqlStatements;
import app.coachroom.testing.TenantFixture;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Competencies and the question bank on a real server and database, across two tenants. */
@ExtendWith(ArquillianExtension.class)
class QuestionBankIT {
  private static final QuestionFilter ACTIVE =
      new QuestionFilter(null, null, null, null, null, false);

  @Deployment
  static WebArchive deployment() {
    return Deployments.realWarWithTests(QuestionBankIT.class);
  }

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
