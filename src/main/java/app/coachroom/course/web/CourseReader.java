package app.coachroom.course.web;

import app.coachroom.course.application.CourseOutline;
import app.coachroom.course.application.CourseReading;
import app.coachroom.course.application.CourseRow;
import app.coachroom.course.application.LessonView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs course/catalogue.xhtml (published courses) and course/read.xhtml (?id=...&amp;lesson=...,
 * default the first lesson). Drafts are not found here, for anyone.
 */
@Named
@ViewScoped
public class CourseReader implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CourseReading reading;

  private String id;
  private String lessonId;
  private CourseOutline course;
  private LessonView lesson;
  private List<CourseRow> catalogue;

  /** viewAction of read.xhtml. */
  public void load() {
    if (course != null) {
      return;
    }
    course = reading.course(id);
    String shown = lessonId;
    if (shown == null) {
      shown =
          course.modules().stream()
              .flatMap(m -> m.lessons().stream())
              .findFirst()
              .map(CourseOutline.LessonRow::id)
              .orElse(null);
    }
    lesson = shown == null ? null : reading.lesson(id, shown);
  }

  public List<CourseRow> getCatalogue() {
    if (catalogue == null) {
      catalogue = reading.published();
    }
    return catalogue;
  }

  public CourseOutline getCourse() {
    return course;
  }

  public LessonView getLesson() {
    return lesson;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getLessonId() {
    return lessonId;
  }

  public void setLessonId(String lessonId) {
    this.lessonId = lessonId;
  }
}
