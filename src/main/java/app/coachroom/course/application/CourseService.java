package app.coachroom.course.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.course.domain.Course;
import app.coachroom.course.domain.CourseDetails;
import app.coachroom.course.domain.CourseModule;
import app.coachroom.course.domain.Lesson;
import app.coachroom.course.infrastructure.CourseRepository;
import app.coachroom.identity.RequiresRole;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.Versions;
import app.coachroom.shared.web.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/** Writing the active tenant's courses and curricula: coaches and tenant admins only. */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH})
public class CourseService {
  @Inject CourseRepository courses;
  @Inject Clock clock;

  public List<CourseRow> page(int first, int size, boolean includeArchived) {
    return courses.page(first, size, includeArchived).stream().map(CourseService::row).toList();
  }

  public long count(boolean includeArchived) {
    return courses.count(includeArchived);
  }

  public CourseOutline find(String id) {
    return CourseOutline.of(load(id));
  }

  /** A lesson of a course, drafts included, with its Markdown rendered safely. */
  public LessonView lesson(String courseId, String lessonId) {
    return lessonView(load(courseId), lessonId);
  }

  public CourseOutline create(@NotNull CourseDetails details) {
    Course course = new Course(details, clock.instant());
    courses.add(course);
    return CourseOutline.of(course);
  }

  public CourseOutline describe(@NotNull String id, long version, @NotNull CourseDetails details) {
    return change(id, version, (course, now) -> course.describe(details, now));
  }

  public CourseOutline addModule(@NotNull String id, long version, String title) {
    return change(id, version, (course, now) -> course.addModule(title, now));
  }

  public CourseOutline renameModule(
      @NotNull String id, long version, @NotNull String moduleId, String title) {
    return change(id, version, (course, now) -> course.renameModule(moduleId, title, now));
  }

  public CourseOutline removeModule(@NotNull String id, long version, @NotNull String moduleId) {
    return change(id, version, (course, now) -> course.removeModule(moduleId, now));
  }

  public CourseOutline moveModule(
      @NotNull String id, long version, @NotNull String moduleId, int toIndex) {
    return change(id, version, (course, now) -> course.moveModule(moduleId, toIndex, now));
  }

  public CourseOutline addLesson(
      @NotNull String id, long version, @NotNull String moduleId, String title) {
    return change(id, version, (course, now) -> course.addLesson(moduleId, title, now));
  }

  public LessonView writeLesson(
      @NotNull String id, long version, @NotNull String lessonId, String title, String body) {
    Course course = load(id, version);
    course.writeLesson(lessonId, title, body, clock.instant());
    courses.flush();
    return lessonView(course, lessonId);
  }

  public CourseOutline removeLesson(@NotNull String id, long version, @NotNull String lessonId) {
    return change(id, version, (course, now) -> course.removeLesson(lessonId, now));
  }

  public CourseOutline moveLesson(
      @NotNull String id,
      long version,
      @NotNull String lessonId,
      @NotNull String toModuleId,
      int toIndex) {
    return change(
        id, version, (course, now) -> course.moveLesson(lessonId, toModuleId, toIndex, now));
  }

  public CourseOutline publish(@NotNull String id, long version) {
    return change(id, version, Course::publish);
  }

  public CourseOutline unpublish(@NotNull String id, long version) {
    return change(id, version, Course::unpublish);
  }

  public CourseOutline archive(@NotNull String id, long version) {
    return change(id, version, Course::archive);
  }

  public CourseOutline restore(@NotNull String id, long version) {
    return change(id, version, Course::restore);
  }

  public CourseOutline duplicate(@NotNull String id, @NotNull String copyTitle) {
    Course copy = load(id).copy(copyTitle, clock.instant());
    courses.add(copy);
    return CourseOutline.of(copy);
  }

  private CourseOutline change(String id, long version, BiConsumer<Course, Instant> edit) {
    Course course = load(id, version);
    edit.accept(course, clock.instant());
    courses.flush();
    return CourseOutline.of(course);
  }

  static CourseRow row(Course c) {
    return new CourseRow(
        c.id(),
        c.title(),
        c.kind(),
        c.stage(),
        c.status(),
        c.modules().size(),
        c.modules().stream().mapToInt(m -> m.lessons().size()).sum(),
        c.isArchived(),
        c.updatedAt(),
        c.version());
  }

  static LessonView lessonView(Course course, String lessonId) {
    for (CourseModule module : course.modules()) {
      for (Lesson lesson : module.lessons()) {
        if (lesson.id().equals(lessonId)) {
          return new LessonView(
              lesson.id(),
              module.id(),
              lesson.title(),
              lesson.body(),
              Markdown.toSafeHtml(lesson.body()),
              course.version());
        }
      }
    }
    throw new NotFoundException("Lesson", lessonId);
  }

  private Course load(String id) {
    return courses.find(id).orElseThrow(() -> new NotFoundException("Course", id));
  }

  private Course load(String id, long version) {
    Course course = load(id);
    return Versions.requireCurrent(course, course.version(), version, "Course", id);
  }
}
