package app.coachroom.cohort.web;

import app.coachroom.cohort.application.CohortService;
import app.coachroom.cohort.application.CohortView;
import app.coachroom.shared.web.Messages;
import app.coachroom.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** Backs cohorts.xhtml: a lazy, paged table of the cohorts the caller may see. */
@Named
@ViewScoped
public class CohortList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CohortService cohorts;
  @Inject Messages messages;

  private boolean showArchived;
  private final LazyDataModel<CohortView> model =
      new PagedModel<>(
          () -> cohorts.count(showArchived),
          (first, size) -> cohorts.page(first, size, showArchived),
          CohortView::id);

  public LazyDataModel<CohortView> getModel() {
    return model;
  }

  public boolean isShowArchived() {
    return showArchived;
  }

  public void setShowArchived(boolean showArchived) {
    this.showArchived = showArchived;
  }

  public void archive(CohortView row) {
    try {
      CohortView archived = cohorts.archive(row.id(), row.version());
      messages.info("cohort.archived", archived.name());
    } catch (OptimisticLockException e) {
      messages.error("cohort.conflict");
    }
  }

  public void restore(CohortView row) {
    try {
      CohortView restored = cohorts.restore(row.id(), row.version());
      messages.info("cohort.restored", restored.name());
    } catch (OptimisticLockException e) {
      messages.error("cohort.conflict");
    }
  }
}
