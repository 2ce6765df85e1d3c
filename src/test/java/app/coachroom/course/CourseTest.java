package app.coachroom.course;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.course.domain.Course;
import app.coachroom.course.domain.CourseDetails;
import app.coachroom.course.domain.CourseKind;
import app.coachroom.course.domain.CourseModule;
import app.coachroom.course.domain.CourseStatus;
import app.coachroom.course.domain.Lesson;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Course structure, ordering and publishing rules, without a server. */
class CourseTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void modulesAndLessonsKeepTheirOrderAndMove() {
    Course course = curriculum();
    CourseModule a = course.addModule("Listening", NOW);
    CourseModule b = course.addModule("Empathy", NOW);
    CourseModule c = course.addModule("Teamwork", NOW);
    course.moveModule(c.id(), 0, NOW);
    assertEquals(List.of("Teamwork", "Listening", "Empathy"), moduleTitles(course));
    course.moveModule(c.id(), 99, NOW);
    assertEquals(List.of("Listening", "Empathy", "Teamwork"), moduleTitles(course));

    Lesson one = course.addLesson(a.id(), "Active listening", NOW);
    course.addLesson(a.id(), "Paraphrasing", NOW);
    Lesson three = course.addLesson(a.id(), "Silence", NOW);
    course.moveLesson(three.id(), a.id(), 0, NOW);
    assertEquals(List.of("Silence", "Active listening", "Paraphrasing"), lessonTitles(course, 0));
    course.moveLesson(one.id(), b.id(), 0, NOW);
    assertEquals(List.of("Silence", "Paraphrasing"), lessonTitles(course, 0));
    assertEquals(List.of("Active listening"), lessonTitles(course, 1));
  }

  @Test
  void publishingNeedsLessonsWithContent() {
    Course course = curriculum();
    assertRefused("course.publish.empty", () -> course.publish(NOW));
    CourseModule m = course.addModule("Listening", NOW);
    Lesson lesson = course.addLesson(m.id(), "Active listening", NOW);
    RuleViolationException empty =
        assertRefused("course.publish.emptyLesson", () -> course.publish(NOW));
    assertArrayEquals(new Object[] {"Listening", "Active listening"}, empty.args());
    course.writeLesson(lesson.id(), "Active listening", "Nod **and** paraphrase.", NOW);
    course.publish(NOW);
    assertEquals(CourseStatus.PUBLISHED, course.status());

    assertRefused(
        "course.lesson.body.requiredWhenPublished",
        () -> course.writeLesson(lesson.id(), "Active listening", "  ", NOW));
    assertRefused("course.lesson.last", () -> course.removeLesson(lesson.id(), NOW));
    assertEquals("Nod **and** paraphrase.", course.modules().get(0).lessons().get(0).body());
    course.unpublish(NOW);
    course.removeLesson(lesson.id(), NOW);
    assertTrue(course.modules().get(0).lessons().isEmpty());
  }

  @Test
  void aModuleWithLessonsIsNotRemovedBySlip() {
    Course course = curriculum();
    CourseModule m = course.addModule("Listening", NOW);
    Lesson lesson = course.addLesson(m.id(), "Active listening", NOW);
    assertRefused("course.module.notEmpty", () -> course.removeModule(m.id(), NOW));
    course.removeLesson(lesson.id(), NOW);
    course.removeModule(m.id(), NOW);
    assertTrue(course.modules().isEmpty());
  }

  @Test
  void markdownIsStoredExactlyAsTyped() {
    Course course = curriculum();
    CourseModule m = course.addModule("Code", NOW);
    Lesson lesson = course.addLesson(m.id(), "Indent", NOW);
    String body =
        "```java\n    int x;\n```\r\n<script>kept as typed, neutralised when shown</script>";
    course.writeLesson(lesson.id(), " Indent ", body, NOW);
    Lesson stored = course.modules().get(0).lessons().get(0);
    assertEquals(body.replace("\r\n", "\n"), stored.body());
    assertEquals("Indent", stored.title());
  }

  @Test
  void badInputIsRefusedWithItsField() {
    assertEquals(
        "title",
        assertRefused(
                "course.title.required",
                () ->
                    new Course(
                        new CourseDetails(" ", null, CourseKind.SOFT_SKILL_CURRICULUM, null), NOW))
            .field());
    assertRefused(
        "course.title.tooLong",
        () ->
            new Course(
                new CourseDetails("x".repeat(201), null, CourseKind.SOFT_SKILL_CURRICULUM, null),
                NOW));
    assertRefused(
        "course.stage.required",
        () -> new Course(new CourseDetails("Prep", null, CourseKind.INTERVIEW_PREP, null), NOW));
    assertRefused(
        "course.kind.required", () -> new Course(new CourseDetails("Prep", null, null, null), NOW));
    Course course = curriculum();
    assertRefused("course.module.title.required", () -> course.addModule("", NOW));
    CourseModule m = course.addModule("M", NOW);
    Lesson lesson = course.addLesson(m.id(), "L", NOW);
    assertRefused(
        "course.lesson.body.tooLong",
        () -> course.writeLesson(lesson.id(), "L", "x".repeat(Course.BODY_MAX + 1), NOW));
    assertThrows(NotFoundException.class, () -> course.addLesson("no-such-module", "L", NOW));
    assertThrows(
        NotFoundException.class, () -> course.writeLesson("no-such-lesson", "L", "b", NOW));
  }

  @Test
  void aCurriculumHasNoStageAndACopyIsADraftWithEverything() {
    Course course =
        new Course(
            new CourseDetails(
                "Soft skills", null, CourseKind.SOFT_SKILL_CURRICULUM, InterviewStage.FINAL),
            NOW);
    assertNull(course.stage());
    CourseModule m = course.addModule("Listening", NOW);
    Lesson lesson = course.addLesson(m.id(), "Active listening", NOW);
    course.writeLesson(lesson.id(), "Active listening", "Body", NOW);
    course.publish(NOW);
    Course copy = course.copy("Copy of Soft skills", NOW);
    assertEquals(CourseStatus.DRAFT, copy.status());
    assertEquals("Body", copy.modules().get(0).lessons().get(0).body());
    assertTrue(!copy.modules().get(0).id().equals(m.id()));
  }

  private static Course curriculum() {
    return new Course(
        new CourseDetails("Soft skills", "For everyone", CourseKind.SOFT_SKILL_CURRICULUM, null),
        NOW);
  }

  private static List<String> moduleTitles(Course course) {
    return course.modules().stream().map(CourseModule::title).toList();
  }

  private static List<String> lessonTitles(Course course, int module) {
    return course.modules().get(module).lessons().stream().map(Lesson::title).toList();
  }

  private static RuleViolationException assertRefused(String key, Executable call) {
    RuleViolationException e = assertThrows(RuleViolationException.class, call);
    assertEquals(key, e.messageKey());
    return e;
  }
}
