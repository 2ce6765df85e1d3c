package app.coachroom.course.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.course.domain.Course;
import app.coachroom.course.infrastructure.CourseRepository;
import app.coachroom.identity.RequiresRole;
import app.coachroom.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Reading published courses, for everyone in the tenant. A draft or archived course is "not found"
 * here, whoever asks and however its ID was obtained.
 */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH, STUDENT})
public class CourseReading {
  @Inject CourseRepository courses;

  public List<CourseRow> published() {
    return courses.published().stream().map(CourseService::row).toList();
  }

  public CourseOutline course(String id) {
    return CourseOutline.of(load(id));
  }

  public LessonView lesson(String courseId, String lessonId) {
    return CourseService.lessonView(load(courseId), lessonId);
  }

  private Course load(String id) {
    return courses
        .find(id)
        .filter(c -> c.isPublished() && !c.isArchived())
        .orElseThrow(() -> new NotFoundException("Course", id));
  }
}
