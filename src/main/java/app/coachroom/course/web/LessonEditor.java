package app.coachroom.course.web;

import app.coachroom.course.application.CourseOutline;
import app.coachroom.course.application.CourseService;
import app.coachroom.course.application.LessonView;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Markdown;
import app.coachroom.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;

/**
 * Backs course/lesson.xhtml: a lesson's title and Markdown with a live preview, rendered and
 * sanitised exactly as students will see it.
 */
@Named
@ViewScoped
public class LessonEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CourseService courses;
  @Inject Messages messages;

  private String courseId;
  private String lessonId;
  private boolean loaded;
  private long courseVersion;
  private String courseTitle;
  private String title;
  private String body;
  private String moduleId;
  private String originalModuleId;
  private List<CourseOutline.ModuleView> modules = List.of();

  /** viewAction: an unknown or foreign course or lesson gives the 404 page. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    CourseOutline outline = courses.find(courseId);
    courseTitle = outline.details().title();
    modules = outline.modules();
    LessonView lesson = courses.lesson(courseId, lessonId);
    moduleId = lesson.moduleId();
    originalModuleId = lesson.moduleId();
    courseVersion = lesson.courseVersion();
    title = lesson.title();
    body = lesson.body();
  }

  public String save() {
    try {
      LessonView saved = courses.writeLesson(courseId, courseVersion, lessonId, title, body);
      if (moduleId != null && !moduleId.equals(originalModuleId)) {
        // to the end of the chosen module; the outline page reorders it further
        courses.moveLesson(courseId, saved.courseVersion(), lessonId, moduleId, Integer.MAX_VALUE);
      }
      messages.flashInfo("course.lesson.saved", saved.title());
      return "/course/edit?faces-redirect=true&id=" + courseId + "&module=" + moduleId;
    } catch (RuleViolationException e) {
      messages.fieldError("lessonForm", e);
    } catch (OptimisticLockException e) {
      messages.error("course.conflict");
    }
    return null;
  }

  /** What the Markdown typed so far looks like to a student. */
  public String getPreview() {
    return Markdown.toSafeHtml(body);
  }

  public List<CourseOutline.ModuleView> getModules() {
    return modules;
  }

  /** The module the lesson was in when the page opened (where "back" returns to). */
  public String getOriginalModuleId() {
    return originalModuleId;
  }

  public String getModuleId() {
    return moduleId;
  }

  public void setModuleId(String moduleId) {
    this.moduleId = moduleId;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public String getCourseId() {
    return courseId;
  }

  public void setCourseId(String courseId) {
    this.courseId = courseId;
  }

  public String getLessonId() {
    return lessonId;
  }

  public void setLessonId(String lessonId) {
    this.lessonId = lessonId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
