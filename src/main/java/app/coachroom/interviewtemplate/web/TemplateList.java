package app.coachroom.interviewtemplate.web;

import app.coachroom.interviewtemplate.application.InterviewTemplateService;
import app.coachroom.interviewtemplate.application.TemplateRow;
import app.coachroom.shared.web.Messages;
import app.coachroom.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** Backs interviewtemplate/templates.xhtml: the tenant's templates as a lazy, paged table. */
@Named
@ViewScoped
public class TemplateList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject InterviewTemplateService templates;
  @Inject Messages messages;

  private boolean showArchived;
  private final LazyDataModel<TemplateRow> model =
      new PagedModel<>(
          () -> templates.count(showArchived),
          (first, size) -> templates.page(first, size, showArchived),
          TemplateRow::id);

  public LazyDataModel<TemplateRow> getModel() {
    return model;
  }

  public String duplicate(TemplateRow row) {
    String copyId =
        templates.duplicate(row.id(), messages.text("template.copyTitle", row.title())).id();
    messages.flashInfo("template.duplicated", row.title());
    return "/interviewtemplate/edit?faces-redirect=true&id=" + copyId;
  }

  public void archive(TemplateRow row) {
    try {
      templates.archive(row.id(), row.version());
      messages.info("template.archived", row.title());
    } catch (OptimisticLockException e) {
      messages.error("template.conflict");
    }
  }

  public void restore(TemplateRow row) {
    try {
      templates.restore(row.id(), row.version());
      messages.info("template.restored", row.title());
    } catch (OptimisticLockException e) {
      messages.error("template.conflict");
    }
  }

  public boolean isShowArchived() {
    return showArchived;
  }

  public void setShowArchived(boolean showArchived) {
    this.showArchived = showArchived;
  }
}
