package app.coachroom.course;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.course.application.CourseOutline;
import app.coachroom.course.application.CourseReading;
import app.coachroom.course.application.CourseRow;
import app.coachroom.course.application.CourseService;
import app.coachroom.course.application.LessonView;
import app.coachroom.course.domain.CourseDetails;
import app.coachroom.course.domain.CourseKind;
import app.coachroom.identity.ActiveTenant;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.SqlStatements;
import app.coachroom.testing.TenantFixture;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Courses on a real server and database: structure, publishing, readers, two tenants, roles. */
class CourseIT extends InContainerTest {

  @Inject CourseService courses;
  @Inject CourseReading reading;
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
  void outlineOrderAndMarkdownAreStoredExactly() {
    fixture.signIn(coachA, tenantA);
    CourseOutline c = courses.create(curriculum("Soft skills"));
    c = courses.addModule(c.id(), c.version(), "Listening");
    c = courses.addModule(c.id(), c.version(), "Empathy");
    String listening = c.modules().get(0).id();
    String empathy = c.modules().get(1).id();
    c = courses.moveModule(c.id(), c.version(), empathy, 0);
    c = courses.addLesson(c.id(), c.version(), listening, "Active listening");
    c = courses.addLesson(c.id(), c.version(), listening, "Paraphrasing");
    String paraphrasing = c.modules().get(1).lessons().get(1).id();
    c = courses.moveLesson(c.id(), c.version(), paraphrasing, listening, 0);
    String markdown = "# Paraphrase\n\n```\n    indented code\n```\n<script>alert(1)</script>";
    LessonView written =
        courses.writeLesson(c.id(), c.version(), paraphrasing, "Paraphrasing", markdown);
    assertEquals(markdown, written.body());
    assertFalse(written.html().contains("<script"), written.html());

    CourseOutline stored = courses.find(c.id());
    assertEquals(
        List.of("Empathy", "Listening"), stored.modules().stream().map(m -> m.title()).toList());
    assertEquals(
        List.of("Paraphrasing", "Active listening"),
        stored.modules().get(1).lessons().stream().map(l -> l.title()).toList());
    assertEquals(markdown, courses.lesson(c.id(), paraphrasing).body());

    long stale = c.version();
    assertThrows(
        OptimisticLockException.class, () -> courses.addModule(stored.id(), stale, "Lost"));
    assertEquals(2, courses.find(c.id()).modules().size());
  }

  @Test
  void studentsReadPublishedCoursesOnlyWhateverTheyAskFor() {
    fixture.signIn(coachA, tenantA);
    CourseOutline draft = courseWithOneLesson("Draft course", "Not yet.");
    CourseOutline published = courseWithOneLesson("Published course", "**Hello**");
    published = courses.publish(published.id(), published.version());
    CourseOutline archived = courseWithOneLesson("Archived course", "Old.");
    archived = courses.publish(archived.id(), archived.version());
    courses.archive(archived.id(), archived.version());
    String draftLesson = draft.modules().get(0).lessons().get(0).id();
    String publishedLesson = published.modules().get(0).lessons().get(0).id();

    String student = fixture.newPerson(tenantA, STUDENT);
    fixture.signIn(student, tenantA);
    assertEquals(
        List.of("Published course"), reading.published().stream().map(CourseRow::title).toList());
    assertEquals(
        "<p><strong>Hello</strong></p>",
        reading.lesson(published.id(), publishedLesson).html().strip());
    String draftId = draft.id();
    String archivedId = archived.id();
    assertThrows(NotFoundException.class, () -> reading.course(draftId));
    assertThrows(NotFoundException.class, () -> reading.lesson(draftId, draftLesson));
    assertThrows(NotFoundException.class, () -> reading.course(archivedId));
    String publishedId = published.id();
    assertThrows(NotFoundException.class, () -> reading.lesson(publishedId, draftLesson));
    for (Executable call :
        List.<Executable>of(
            () -> courses.find(draftId),
            () -> courses.lesson(draftId, draftLesson),
            () -> courses.page(0, 10, true),
            () -> courses.create(curriculum("Mine")),
            () -> courses.writeLesson(draftId, 0, draftLesson, "x", "y"),
            () -> courses.publish(draftId, 0))) {
      assertThrows(AccessDeniedException.class, call);
    }
  }

  @Test
  void publishingNeedsContentAndKeepsIt() {
    fixture.signIn(coachA, tenantA);
    CourseOutline c = courses.create(prep("Technical screen prep"));
    String id = c.id();
    long v0 = c.version();
    assertRefused("course.publish.empty", () -> courses.publish(id, v0));
    c = courses.addModule(id, c.version(), "SQL");
    c = courses.addLesson(id, c.version(), c.modules().get(0).id(), "Indexes");
    long v1 = c.version();
    assertRefused("course.publish.emptyLesson", () -> courses.publish(id, v1));
    assertFalse(courses.find(id).published());
    String lesson = c.modules().get(0).lessons().get(0).id();
    LessonView written = courses.writeLesson(id, c.version(), lesson, "Indexes", "B-trees.");
    c = courses.publish(id, written.courseVersion());
    assertTrue(c.published());
    long v2 = c.version();
    assertRefused(
        "course.lesson.body.requiredWhenPublished",
        () -> courses.writeLesson(id, v2, lesson, "Indexes", " "));
    assertEquals("B-trees.", courses.lesson(id, lesson).body());
  }

  @Test
  void anotherTenantCannotSeeChangeOrReadIt() {
    fixture.signIn(coachA, tenantA);
    CourseOutline mine = courseWithOneLesson("Mine", "Secret.");
    CourseOutline published = courses.publish(mine.id(), mine.version());
    String lesson = mine.modules().get(0).lessons().get(0).id();
    String module = mine.modules().get(0).id();

    fixture.signIn(coachB, tenantB);
    assertEquals(0, courses.count(true));
    assertEquals(List.of(), reading.published());
    long v = published.version();
    for (Executable call :
        List.<Executable>of(
            () -> courses.find(mine.id()),
            () -> courses.lesson(mine.id(), lesson),
            () -> courses.describe(mine.id(), v, curriculum("Stolen")),
            () -> courses.addModule(mine.id(), v, "Stolen"),
            () -> courses.addLesson(mine.id(), v, module, "Stolen"),
            () -> courses.writeLesson(mine.id(), v, lesson, "Stolen", "x"),
            () -> courses.removeLesson(mine.id(), v, lesson),
            () -> courses.unpublish(mine.id(), v),
            () -> courses.duplicate(mine.id(), "Stolen"),
            () -> courses.archive(mine.id(), v),
            () -> reading.course(mine.id()),
            () -> reading.lesson(mine.id(), lesson))) {
      assertThrows(NotFoundException.class, call);
    }
    CourseOutline own = courses.create(curriculum("Own"));
    CourseOutline withModule = courses.addModule(own.id(), own.version(), "M");
    assertThrows(
        NotFoundException.class,
        () ->
            courses.moveLesson(
                own.id(), withModule.version(), lesson, withModule.modules().get(0).id(), 0));

    fixture.signIn(coachA, tenantA);
    assertEquals("Secret.", courses.lesson(mine.id(), lesson).body());
  }

  @Test
  void listPagesInSqlWithAConstantNumberOfStatements() {
    fixture.signIn(coachA, tenantA);
    for (int i = 0; i < 12; i++) {
      courseWithOneLesson(String.format("C%02d", i), "Body " + i);
    }
    assertEquals(12, courses.count(false));
    long small = sql.countDuring(() -> courses.page(0, 2, false));
    long large = sql.countDuring(() -> courses.page(0, 12, false));
    assertTrue(small > 0);
    assertEquals(small, large, "statements for a page of 2 and a page of 12");
    assertEquals(1, courses.page(0, 1, false).get(0).lessonCount());
  }

  private CourseOutline courseWithOneLesson(String title, String body) {
    CourseOutline c = courses.create(curriculum(title));
    c = courses.addModule(c.id(), c.version(), "Module");
    c = courses.addLesson(c.id(), c.version(), c.modules().get(0).id(), "Lesson");
    String lesson = c.modules().get(0).lessons().get(0).id();
    courses.writeLesson(c.id(), c.version(), lesson, "Lesson", body);
    return courses.find(c.id());
  }

  private static CourseDetails curriculum(String title) {
    return new CourseDetails(title, null, CourseKind.SOFT_SKILL_CURRICULUM, null);
  }

  private static CourseDetails prep(String title) {
    return new CourseDetails(
        title, "SQL and APIs", CourseKind.INTERVIEW_PREP, InterviewStage.TECHNICAL_SCREEN);
  }

  private static void assertRefused(String key, Executable call) {
    assertEquals(key, assertThrows(RuleViolationException.class, call).messageKey());
  }
}
