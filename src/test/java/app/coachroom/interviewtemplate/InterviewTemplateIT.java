package app.coachroom.interviewtemplate;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;
import static app.coachroom.testing.SampleContent.behavioural;
import static app.coachroom.testing.SampleContent.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.interviewtemplate.application.InterviewTemplateService;
import app.coachroom.interviewtemplate.application.TemplateDetails;
import app.coachroom.interviewtemplate.application.VersionView;
import app.coachroom.interviewtemplate.domain.TemplateContent;
import app.coachroom.interviewtemplate.domain.TemplateContent.Item;
import app.coachroom.interviewtemplate.domain.VersionStatus;
import app.coachroom.questionbank.application.QuestionDetails;
import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.questionbank.domain.CodingLanguage;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.questionbank.domain.Difficulty;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.rubric.application.RubricDetails;
import app.coachroom.rubric.application.RubricService;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Versioned mock-interview templates on a real server and database, across two tenants. */
class InterviewTemplateIT extends InContainerTest {

  @Inject InterviewTemplateService templates;
  @Inject QuestionService questions;
  @Inject RubricService rubrics;
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
  void publishedVersionStaysFrozenWhileTheBankAndTheDraftChange() {
    fixture.signIn(coachA, tenantA);
    QuestionDetails coding = questions.create(coding("Reverse a list"));
    RubricDetails rubric = rubrics.create(rubric("Code quality"));
    TemplateDetails created =
        templates.create(template("Technical screen", rubric.id(), item(coding.id(), 1200)));
    assertEquals(1, created.draftNumber());
    assertNull(created.publishedNumber());

    TemplateDetails published = templates.publish(created.id(), created.version());
    assertEquals(1, published.publishedNumber());
    assertNull(published.draftNumber());

    // the bank changes after publishing: version 1 keeps what it froze
    questions.update(coding.id(), coding.version(), coding("Reverse a linked list"));
    RubricDetails rubricNow = rubrics.find(rubric.id());
    rubrics.update(rubric.id(), rubricNow.version(), rubric("Code quality v2"));
    VersionView v1 = templates.version(created.id(), 1);
    assertEquals(VersionStatus.PUBLISHED, v1.status());
    assertEquals("Reverse a list", v1.items().get(0).question().title());
    assertEquals("-- coaches only", v1.items().get(0).question().referenceSolution());
    assertEquals("Code quality", v1.items().get(0).rubric().title());

    // an edit after publishing is draft version 2; version 1 stays published and unchanged
    QuestionDetails behavioural = questions.create(behavioural("A conflict in your team"));
    TemplateDetails edited =
        templates.saveDraft(
            created.id(),
            published.version(),
            template(
                "Technical screen (longer)",
                rubric.id(),
                item(coding.id(), 1200),
                item(behavioural.id(), 300)));
    assertEquals(2, edited.draftNumber());
    assertEquals(1, edited.publishedNumber());
    assertEquals(2, edited.working().number());
    assertEquals("Reverse a linked list", edited.working().items().get(0).question().title());
    VersionView v1Again = templates.version(created.id(), 1);
    assertEquals("Technical screen", v1Again.content().title());
    assertEquals(1, v1Again.items().size());
    assertEquals("Reverse a list", v1Again.items().get(0).question().title());

    TemplateDetails v2 = templates.publish(created.id(), edited.version());
    assertEquals(2, v2.publishedNumber());
    assertEquals(VersionStatus.SUPERSEDED, templates.version(created.id(), 1).status());
    assertEquals(
        "Code quality v2", templates.version(created.id(), 2).items().get(0).rubric().title());
    assertEquals(
        "Reverse a list", templates.version(created.id(), 1).items().get(0).question().title());
  }

  @Test
  void aPublishedVersionKeepsTheDiagramItWasPublishedWith() {
    fixture.signIn(coachA, tenantA);
    QuestionContent design =
        new QuestionContent(
            QuestionKind.SYSTEM_DESIGN,
            "Design a chat service",
            "Sketch the components.",
            InterviewStage.TECHNICAL_INTERVIEW,
            Difficulty.HARD,
            null,
            null,
            null,
            false,
            List.of(),
            null,
            List.of());
    QuestionDetails question =
        questions.create(design, DiagramImage.check("chat.png", TestImages.png()));
    String first = question.content().diagramId();
    RubricDetails rubric = rubrics.create(rubric("Design"));
    TemplateDetails created =
        templates.create(template("Design round", rubric.id(), item(question.id(), 1800)));
    templates.publish(created.id(), created.version());

    QuestionDetails replaced =
        questions.update(
            question.id(),
            question.version(),
            question.content(),
            DiagramImage.check("chat-v2.png", TestImages.image("png", 300, 300)));
    assertNotEquals(first, replaced.content().diagramId());
    assertEquals(first, templates.version(created.id(), 1).items().get(0).question().diagramId());
    assertEquals(
        "chat.png", questions.diagramView(first).fileName(), "the frozen diagram is still served");
  }

  @Test
  void staleOrBadEditsAreRefusedAndKeepWhatWasSaved() {
    fixture.signIn(coachA, tenantA);
    QuestionDetails q = questions.create(behavioural("Feedback you disagreed with"));
    RubricDetails star = rubrics.create(rubric("STAR"));
    TemplateDetails created =
        templates.create(template("Behavioural", star.id(), item(q.id(), 300)));
    TemplateDetails saved =
        templates.saveDraft(
            created.id(),
            created.version(),
            template("Behavioural 2", star.id(), item(q.id(), 600)));
    assertThrows(
        OptimisticLockException.class,
        () -> templates.saveDraft(created.id(), created.version(), template("Lost", star.id())));
    assertRefused(
        "template.items.none",
        () -> templates.saveDraft(created.id(), saved.version(), template("Empty", star.id())));
    assertRefused(
        "template.item.answer.range",
        () ->
            templates.saveDraft(
                created.id(), saved.version(), template("Zero", star.id(), item(q.id(), 0))));
    TemplateDetails now = templates.find(created.id());
    assertEquals("Behavioural 2", now.working().content().title());
    assertEquals(600, now.working().content().items().get(0).answerSeconds());
    assertEquals(List.of(1), now.versions().stream().map(v -> v.number()).toList());
  }

  @Test
  void saveAndPublishIsAllOrNothing() {
    fixture.signIn(coachA, tenantA);
    QuestionDetails q = questions.create(behavioural("Tell me about a failure"));
    RubricDetails star = rubrics.create(rubric("STAR"));
    QuestionDetails archived = questions.create(behavioural("Old question"));
    questions.archive(archived.id(), archived.version());

    assertRefused(
        "template.item.question.archived",
        () ->
            templates.saveAndPublish(
                null, 0, template("New", star.id(), item(q.id(), 300), item(archived.id(), 300))));
    assertEquals(0, templates.count(true), "no half-made template");

    assertRefused(
        "template.item.rubric.missing",
        () -> templates.saveAndPublish(null, 0, template("No rubric", null, item(q.id(), 300))));
    assertEquals(0, templates.count(true));

    TemplateDetails published =
        templates.saveAndPublish(null, 0, template("Behavioural", star.id(), item(q.id(), 300)));
    assertEquals(1, published.publishedNumber());
    assertRefused(
        "template.item.question.archived",
        () ->
            templates.saveAndPublish(
                published.id(),
                published.version(),
                template("Behavioural 2", star.id(), item(archived.id(), 300))));
    TemplateDetails after = templates.find(published.id());
    assertEquals(List.of(1), after.versions().stream().map(v -> v.number()).toList());
    assertNull(after.draftNumber(), "the refused edit left no draft behind");
  }

  @Test
  void discardDuplicateArchive() {
    fixture.signIn(coachA, tenantA);
    QuestionDetails q = questions.create(behavioural("Teamwork"));
    RubricDetails star = rubrics.create(rubric("STAR"));
    TemplateDetails t =
        templates.saveAndPublish(null, 0, template("Behavioural", star.id(), item(q.id(), 300)));
    TemplateDetails draft =
        templates.saveDraft(t.id(), t.version(), template("Draft", star.id(), item(q.id(), 600)));
    TemplateDetails discarded = templates.discardDraft(t.id(), draft.version());
    assertNull(discarded.draftNumber());
    assertEquals("Behavioural", discarded.working().content().title());

    TemplateDetails copy = templates.duplicate(t.id(), "Copy of Behavioural");
    assertEquals(1, copy.draftNumber());
    assertEquals("Copy of Behavioural", copy.working().content().title());

    TemplateDetails archived = templates.archive(t.id(), discarded.version());
    assertTrue(archived.archived());
    assertEquals(1, templates.count(false));
    assertEquals(2, templates.count(true));
  }

  @Test
  void listPagesInSqlWithAConstantNumberOfStatements() {
    fixture.signIn(coachA, tenantA);
    QuestionDetails q1 = questions.create(behavioural("One"));
    QuestionDetails q2 = questions.create(coding("Two"));
    RubricDetails star = rubrics.create(rubric("STAR"));
    for (int i = 0; i < 12; i++) {
      TemplateDetails t =
          templates.saveAndPublish(
              null,
              0,
              template(
                  String.format("T%02d", i), star.id(), item(q1.id(), 300), item(q2.id(), 600)));
      templates.saveDraft(
          t.id(), t.version(), template("T" + i + " draft", star.id(), item(q1.id(), 300)));
    }
    assertEquals(12, templates.count(false));
    long small = sql.countDuring(() -> templates.page(0, 2, false));
    long large = sql.countDuring(() -> templates.page(0, 12, false));
    assertTrue(small > 0);
    assertEquals(small, large, "statements for a page of 2 and a page of 12");
    assertEquals(2, templates.page(0, 1, false).get(0).draftNumber());
  }

  @Test
  void anotherTenantCannotSeeChangeOrBuildOnForeignContent() {
    fixture.signIn(coachA, tenantA);
    QuestionDetails q = questions.create(behavioural("Empathy"));
    RubricDetails star = rubrics.create(rubric("STAR"));
    TemplateDetails mine =
        templates.saveAndPublish(null, 0, template("Mine", star.id(), item(q.id(), 300)));

    fixture.signIn(coachB, tenantB);
    assertEquals(0, templates.count(true));
    assertThrows(NotFoundException.class, () -> templates.find(mine.id()));
    assertThrows(NotFoundException.class, () -> templates.version(mine.id(), 1));
    assertThrows(
        NotFoundException.class,
        () -> templates.saveDraft(mine.id(), mine.version(), template("x", null)));
    assertThrows(NotFoundException.class, () -> templates.publish(mine.id(), mine.version()));
    assertThrows(NotFoundException.class, () -> templates.discardDraft(mine.id(), mine.version()));
    assertThrows(NotFoundException.class, () -> templates.duplicate(mine.id(), "Stolen"));
    assertThrows(NotFoundException.class, () -> templates.archive(mine.id(), mine.version()));
    assertRefused(
        "template.question.unknown",
        () -> templates.create(template("Borrowed", null, item(q.id(), 300))));
    QuestionDetails own = questions.create(behavioural("Own"));
    assertRefused(
        "template.rubric.unknown",
        () -> templates.create(template("Borrowed rubric", star.id(), item(own.id(), 300))));
    assertEquals(0, templates.count(true));

    fixture.signIn(coachA, tenantA);
    assertEquals("Mine", templates.find(mine.id()).working().content().title());
  }

  @Test
  void tenantAdminsAuthorButStudentsCannotReachTemplates() {
    String admin = fixture.newPerson(tenantA, TENANT_ADMIN);
    fixture.signIn(admin, tenantA);
    QuestionDetails q = questions.create(behavioural("Listening"));
    RubricDetails star = rubrics.create(rubric("STAR"));
    TemplateDetails t =
        templates.saveAndPublish(null, 0, template("Admin's", star.id(), item(q.id(), 300)));

    String student = fixture.newPerson(tenantA, STUDENT);
    fixture.signIn(student, tenantA);
    List<Executable> forbidden =
        List.of(
            () -> templates.find(t.id()),
            () -> templates.version(t.id(), 1),
            () -> templates.page(0, 10, false),
            () -> templates.create(template("x", star.id(), item(q.id(), 300))),
            () -> templates.publish(t.id(), t.version()),
            () -> templates.archive(t.id(), t.version()));
    for (Executable call : forbidden) {
      assertThrows(AccessDeniedException.class, call);
    }
  }

  private static void assertRefused(String key, Executable call) {
    assertEquals(key, assertThrows(RuleViolationException.class, call).messageKey());
  }

  private static Item item(String questionId, int answerSeconds) {
    return new Item(questionId, 30, answerSeconds, null);
  }

  private static TemplateContent template(String title, String rubricId, Item... items) {
    return new TemplateContent(
        title,
        "Think aloud.",
        InterviewStage.TECHNICAL_SCREEN,
        3600,
        rubricId,
        new ArrayList<>(List.of(items)));
  }

  private static QuestionContent coding(String title) {
    return new QuestionContent(
        QuestionKind.CODING,
        title,
        "Write it in Java.",
        InterviewStage.TECHNICAL_SCREEN,
        Difficulty.MEDIUM,
        CodingLanguage.JAVA,
        "class Solution {\n    \n}\n",
        "-- coaches only",
        false,
        List.of(),
        null,
        List.of());
  }
}
