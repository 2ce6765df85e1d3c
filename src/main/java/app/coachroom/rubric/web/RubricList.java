package app.coachroom.rubric.web;

import app.coachroom.rubric.application.RubricDetails;
import app.coachroom.rubric.application.RubricService;
import app.coachroom.shared.web.Messages;
import app.coachroom.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** Backs rubrics.xhtml: the tenant's rubrics as a lazy, paged table. */
@Named
@ViewScoped
public class RubricList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RubricService rubrics;
  @Inject Messages messages;

  private boolean showArchived;
  private final LazyDataModel<RubricDetails> model =
      new PagedModel<>(
          () -> rubrics.count(showArchived),
          (first, size) -> rubrics.page(first, size, showArchived),
          RubricDetails::id);

  public LazyDataModel<RubricDetails> getModel() {
    return model;
  }

  public String duplicate(RubricDetails row) {
    String title = row.content().title();
    String copyId = rubrics.duplicate(row.id(), messages.text("rubric.copyTitle", title)).id();
    messages.flashInfo("rubric.duplicated", title);
    return "/rubric/edit?faces-redirect=true&id=" + copyId;
  }

  public void archive(RubricDetails row) {
    try {
      messages.info("rubric.archived", rubrics.archive(row.id(), row.version()).content().title());
    } catch (OptimisticLockException e) {
      messages.error("rubric.conflict");
    }
  }

  public void restore(RubricDetails row) {
    try {
      messages.info("rubric.restored", rubrics.restore(row.id(), row.version()).content().title());
    } catch (OptimisticLockException e) {
      messages.error("rubric.conflict");
    }
  }

  public boolean isShowArchived() {
    return showArchived;
  }

  public void setShowArchived(boolean showArchived) {
    this.showArchived = showArchived;
  }
}
