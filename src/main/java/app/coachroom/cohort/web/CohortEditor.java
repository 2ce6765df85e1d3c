package app.coachroom.cohort.web;

import app.coachroom.cohort.application.CohortDetails;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.cohort.application.CohortView;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDate;

/** Backs edit.xhtml: creates a cohort, or renames and reschedules one (?id=...). */
@Named
@ViewScoped
public class CohortEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CohortService cohorts;
  @Inject Messages messages;

  private String id;
  private long version;
  private String name;
  private LocalDate startsOn;
  private LocalDate endsOn;

  /** viewAction: loads the cohort being edited; an unknown or foreign ID gives the 404 page. */
  public void load() {
    if (id != null && name == null) {
      CohortView cohort = cohorts.find(id);
      version = cohort.version();
      name = cohort.name();
      startsOn = cohort.startsOn();
      endsOn = cohort.endsOn();
    }
  }

  public String save() {
    CohortDetails details = new CohortDetails(name, startsOn, endsOn);
    try {
      CohortView saved = isNew() ? cohorts.create(details) : cohorts.update(id, version, details);
      messages.flashInfo(isNew() ? "cohort.created" : "cohort.updated", saved.name());
      return "/cohort/cohorts?faces-redirect=true";
    } catch (RuleViolationException e) {
      messages.fieldError("cohortForm", e);
    } catch (OptimisticLockException e) {
      messages.error("cohort.conflict");
    }
    return null;
  }

  public boolean isNew() {
    return id == null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }
}
