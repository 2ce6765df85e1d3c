package app.coachroom.assignment.web;

import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.assignment.application.AssignmentView;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.cohort.application.CohortView;
import app.coachroom.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** Backs assignments.xhtml (?cohort=...): a cohort's assignments, soonest due first. */
@Named
@ViewScoped
public class AssignmentList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AssignmentService assignments;
  @Inject CohortService cohorts;

  private String cohortId;
  private CohortView cohort;
  private final LazyDataModel<AssignmentView> model =
      new PagedModel<>(
          () -> assignments.count(cohortId),
          (first, size) -> assignments.page(cohortId, first, size),
          AssignmentView::id);

  /** viewAction: an unknown or foreign cohort gives the 404 page. */
  public void load() {
    cohort = cohorts.find(cohortId);
  }

  public LazyDataModel<AssignmentView> getModel() {
    return model;
  }

  public CohortView getCohort() {
    return cohort;
  }

  public String getCohortId() {
    return cohortId;
  }

  public void setCohortId(String cohortId) {
    this.cohortId = cohortId;
  }
}
