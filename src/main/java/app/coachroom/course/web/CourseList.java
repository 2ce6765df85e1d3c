package app.coachroom.course.web;

import app.coachroom.course.application.CourseRow;
import app.coachroom.course.application.CourseService;
import app.coachroom.shared.web.Messages;
import app.coachroom.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** Backs course/courses.xhtml: the tenant's courses and curricula as a lazy, paged table. */
@Named
@ViewScoped
public class CourseList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CourseService courses;
  @Inject Messages messages;

  private boolean showArchived;
  private final LazyDataModel<CourseRow> model =
      new PagedModel<>(
          () -> courses.count(showArchived),
          (first, size) -> courses.page(first, size, showArchived),
          CourseRow::id);

  public LazyDataModel<CourseRow> getModel() {
    return model;
  }

  public String duplicate(CourseRow row) {
    String copyId =
        courses.duplicate(row.id(), messages.text("course.copyTitle", row.title())).id();
    messages.flashInfo("course.duplicated", row.title());
    return "/course/edit?faces-redirect=true&id=" + copyId;
  }

  public void archive(CourseRow row) {
    try {
      courses.archive(row.id(), row.version());
      messages.info("course.archived", row.title());
    } catch (OptimisticLockException e) {
      messages.error("course.conflict");
    }
  }

  public void restore(CourseRow row) {
    try {
      courses.restore(row.id(), row.version());
      messages.info("course.restored", row.title());
    } catch (OptimisticLockException e) {
      messages.error("course.conflict");
    }
  }

  public boolean isShowArchived() {
    return showArchived;
  }

  public void setShowArchived(boolean showArchived) {
    this.showArchived = showArchived;
  }
}
