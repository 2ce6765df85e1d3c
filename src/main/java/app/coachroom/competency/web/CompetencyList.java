package app.coachroom.competency.web;

import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.application.CompetencyView;
import app.coachroom.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;

/** Backs competencies.xhtml: the tenant's competencies, soft skills first. */
@Named
@ViewScoped
public class CompetencyList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CompetencyService competencies;
  @Inject Messages messages;

  private boolean showArchived;
  private List<CompetencyView> rows;

  public List<CompetencyView> getRows() {
    if (rows == null) {
      rows = competencies.list(showArchived);
    }
    return rows;
  }

  public boolean isShowArchived() {
    return showArchived;
  }

  public void setShowArchived(boolean showArchived) {
    this.showArchived = showArchived;
    rows = null;
  }

  public void archive(CompetencyView row) {
    try {
      messages.info("competency.archived", competencies.archive(row.id(), row.version()).name());
    } catch (OptimisticLockException e) {
      messages.error("competency.conflict");
    }
    rows = null;
  }

  public void restore(CompetencyView row) {
    try {
      messages.info("competency.restored", competencies.restore(row.id(), row.version()).name());
    } catch (OptimisticLockException e) {
      messages.error("competency.conflict");
    }
    rows = null;
  }
}
