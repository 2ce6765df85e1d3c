package app.coachroom.course.web;

import app.coachroom.course.application.CourseOutline;
import app.coachroom.course.application.CourseOutline.LessonRow;
import app.coachroom.course.application.CourseOutline.ModuleView;
import app.coachroom.course.application.CourseService;
import app.coachroom.course.domain.CourseDetails;
import app.coachroom.course.domain.CourseKind;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.event.ReorderEvent;

/**
 * Backs course/edit.xhtml: a course's details and its outline. Modules and lessons are reordered by
 * dragging their rows or with the up/down buttons (keyboard); every change is saved at once.
 */
@Named
@ViewScoped
public class CourseEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CourseService courses;
  @Inject Messages messages;

  private String id;
  private boolean loaded;
  private CourseOutline outline;
  private String title;
  private String description;
  private CourseKind kind;
  private InterviewStage stage;
  private String selectedModuleId;
  private String newModuleTitle;
  private String newLessonTitle;
  private String moduleTitle;
  private final List<ModuleView> moduleRows = new ArrayList<>();
  private final List<LessonRow> lessonRows = new ArrayList<>();

  /** viewAction: an unknown or foreign ID gives the 404 page. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id != null) {
      show(courses.find(id));
      CourseDetails details = outline.details();
      title = details.title();
      description = details.description();
      kind = details.kind();
      stage = details.stage();
    }
  }

  private void show(CourseOutline latest) {
    outline = latest;
    moduleRows.clear();
    moduleRows.addAll(latest.modules());
    if (selectedModule() == null) {
      selectedModuleId = latest.modules().isEmpty() ? null : latest.modules().get(0).id();
    }
    ModuleView selected = selectedModule();
    moduleTitle = selected == null ? null : selected.title();
    lessonRows.clear();
    if (selected != null) {
      lessonRows.addAll(selected.lessons());
    }
  }

  public String saveDetails() {
    CourseDetails details = new CourseDetails(title, description, kind, stage);
    if (id == null) {
      try {
        CourseOutline created = courses.create(details);
        messages.flashInfo("course.created", created.details().title());
        return "/course/edit?faces-redirect=true&id=" + created.id();
      } catch (RuleViolationException e) {
        messages.fieldError("courseForm", e);
        return null;
      }
    }
    if (apply(() -> courses.describe(id, outline.version(), details), "courseForm")) {
      messages.info("course.saved", outline.details().title());
    }
    return null;
  }

  public void addModule() {
    if (apply(() -> courses.addModule(id, outline.version(), newModuleTitle), "outlineForm")) {
      selectedModuleId = outline.modules().get(outline.modules().size() - 1).id();
      show(outline);
      newModuleTitle = null;
    }
  }

  public void selectModule(String moduleId) {
    selectedModuleId = moduleId;
    show(outline);
  }

  public void renameModule() {
    apply(
        () -> courses.renameModule(id, outline.version(), selectedModuleId, moduleTitle),
        "outlineForm");
  }

  public void removeModule(String moduleId) {
    if (apply(() -> courses.removeModule(id, outline.version(), moduleId), "outlineForm")) {
      messages.info("course.module.removed");
    }
  }

  public void moveModule(int index, int delta) {
    if (index + delta >= 0 && index + delta < outline.modules().size()) {
      String moduleId = outline.modules().get(index).id();
      apply(
          () -> courses.moveModule(id, outline.version(), moduleId, index + delta), "outlineForm");
    }
  }

  /** A module row was dragged to another place. */
  public void onModuleReorder(ReorderEvent event) {
    String moduleId = outline.modules().get(event.getFromIndex()).id();
    apply(
        () -> courses.moveModule(id, outline.version(), moduleId, event.getToIndex()),
        "outlineForm");
  }

  public void addLesson() {
    if (apply(
        () -> courses.addLesson(id, outline.version(), selectedModuleId, newLessonTitle),
        "outlineForm")) {
      newLessonTitle = null;
    }
  }

  public void removeLesson(String lessonId) {
    if (apply(() -> courses.removeLesson(id, outline.version(), lessonId), "outlineForm")) {
      messages.info("course.lesson.removed");
    }
  }

  public void moveLesson(int index, int delta) {
    List<LessonRow> lessons = selectedModule().lessons();
    if (index + delta >= 0 && index + delta < lessons.size()) {
      String lessonId = lessons.get(index).id();
      apply(
          () ->
              courses.moveLesson(id, outline.version(), lessonId, selectedModuleId, index + delta),
          "outlineForm");
    }
  }

  /** A lesson row was dragged to another place. */
  public void onLessonReorder(ReorderEvent event) {
    String lessonId = selectedModule().lessons().get(event.getFromIndex()).id();
    apply(
        () ->
            courses.moveLesson(
                id, outline.version(), lessonId, selectedModuleId, event.getToIndex()),
        "outlineForm");
  }

  public void publish() {
    if (apply(() -> courses.publish(id, outline.version()), "outlineForm")) {
      messages.info("course.published", outline.details().title());
    }
  }

  public void unpublish() {
    if (apply(() -> courses.unpublish(id, outline.version()), "outlineForm")) {
      messages.info("course.unpublished", outline.details().title());
    }
  }

  /** Runs one change; on success shows the new outline, else the reason. Whether it worked. */
  private boolean apply(Supplier<CourseOutline> change, String formId) {
    try {
      show(change.get());
      return true;
    } catch (RuleViolationException e) {
      messages.fieldError(formId, e);
    } catch (OptimisticLockException e) {
      messages.error("course.conflict");
    }
    // what is shown must match what is stored, also after a refused change (rows dragged back)
    show(courses.find(id));
    return false;
  }

  private ModuleView selectedModule() {
    if (outline == null || selectedModuleId == null) {
      return null;
    }
    return outline.modules().stream()
        .filter(m -> m.id().equals(selectedModuleId))
        .findFirst()
        .orElse(null);
  }

  public ModuleView getSelectedModule() {
    return selectedModule();
  }

  public boolean isNew() {
    return id == null;
  }

  public CourseOutline getOutline() {
    return outline;
  }

  public List<ModuleView> getModuleRows() {
    return moduleRows;
  }

  public List<LessonRow> getLessonRows() {
    return lessonRows;
  }

  public CourseKind[] getKinds() {
    return CourseKind.values();
  }

  public InterviewStage[] getStages() {
    return InterviewStage.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public CourseKind getKind() {
    return kind;
  }

  public void setKind(CourseKind kind) {
    this.kind = kind;
  }

  public InterviewStage getStage() {
    return stage;
  }

  public void setStage(InterviewStage stage) {
    this.stage = stage;
  }

  public String getSelectedModuleId() {
    return selectedModuleId;
  }

  /**
   * View parameter "module": which module's lessons to show when the page opens (back from a
   * lesson). Faces sets view parameters again on every postback; those are ignored, so the module
   * the coach picked since stays picked.
   */
  public void setSelectedModuleId(String selectedModuleId) {
    if (!loaded) {
      this.selectedModuleId = selectedModuleId;
    }
  }

  public String getNewModuleTitle() {
    return newModuleTitle;
  }

  public void setNewModuleTitle(String newModuleTitle) {
    this.newModuleTitle = newModuleTitle;
  }

  public String getNewLessonTitle() {
    return newLessonTitle;
  }

  public void setNewLessonTitle(String newLessonTitle) {
    this.newLessonTitle = newLessonTitle;
  }

  public String getModuleTitle() {
    return moduleTitle;
  }

  public void setModuleTitle(String moduleTitle) {
    this.moduleTitle = moduleTitle;
  }
}
