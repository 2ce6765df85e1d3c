package app.coachroom.course.application;

import app.coachroom.course.domain.Course;
import app.coachroom.course.domain.CourseDetails;
import app.coachroom.course.domain.CourseStatus;
import java.io.Serializable;
import java.util.List;

/** A course with its modules and lessons (titles only); the version guards against stale edits. */
public record CourseOutline(
    String id,
    long version,
    CourseDetails details,
    CourseStatus status,
    boolean archived,
    List<ModuleView> modules)
    implements Serializable {

  static CourseOutline of(Course course) {
    return new CourseOutline(
        course.id(),
        course.version(),
        new CourseDetails(course.title(), course.description(), course.kind(), course.stage()),
        course.status(),
        course.isArchived(),
        course.modules().stream()
            .map(
                m ->
                    new ModuleView(
                        m.id(),
                        m.title(),
                        m.lessons().stream()
                            .map(l -> new LessonRow(l.id(), l.title(), l.body() != null))
                            .toList()))
            .toList());
  }

  public boolean published() {
    return status == CourseStatus.PUBLISHED;
  }

  public int lessonCount() {
    return modules.stream().mapToInt(m -> m.lessons().size()).sum();
  }

  /** One module and its lessons, in order. */
  public record ModuleView(String id, String title, List<LessonRow> lessons)
      implements Serializable {}

  /**
   * One lesson's line.
   *
   * @param written whether it has content yet
   */
  public record LessonRow(String id, String title, boolean written) implements Serializable {}
}
