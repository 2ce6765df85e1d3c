package app.coachroom.cohort.web;

import app.coachroom.cohort.application.CohortService;
import app.coachroom.cohort.application.CohortView;
import app.coachroom.identity.Caller;
import app.coachroom.identity.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs cohort.xhtml: one cohort's details, and for its coaches and tenant admins its roster
 * ({@link CohortRoster}).
 */
@Named
@ViewScoped
public class CohortPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CohortService cohorts;
  @Inject CohortRoster roster;
  @Inject Caller caller;

  private String id;
  private CohortView cohort;
  private boolean coaching;

  public void load() {
    cohort = cohorts.find(id);
    coaching = caller.hasAnyRole(Role.TENANT_ADMIN, Role.COACH) && cohorts.mayCoach(id);
    if (coaching) {
      roster.load(id);
    }
  }

  /** Whether the caller manages this cohort's students (its coaches and tenant admins). */
  public boolean isCoaching() {
    return coaching;
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
