package app.coachroom.cohort.web;

import app.coachroom.cohort.application.CohortService;
import app.coachroom.cohort.application.CohortView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs cohort.xhtml: one cohort, read-only. */
@Named
@ViewScoped
public class CohortPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CohortService cohorts;

  private String id;
  private CohortView cohort;

  public void load() {
    cohort = cohorts.find(id);
  }

  public CohortView getCohort() {
    return cohort;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
