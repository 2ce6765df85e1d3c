package app.coachroom.attempt.web;

import app.coachroom.attempt.application.AssignmentProgress;
import app.coachroom.attempt.application.AttemptOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs progress.xhtml (?assignment=...): for coaches, how many students have not started, are in
 * progress, submitted, were late or missed an assigned interview, and who.
 */
@Named
@RequestScoped
public class ProgressPage {
  @Inject AttemptOverview overview;

  private String assignment;
  private AssignmentProgress progress;

  /** viewAction: another bootcamp's or an unknown assignment gives the 404 page. */
  public void load() {
    progress = overview.progress(assignment);
  }

  public String getAssignment() {
    return assignment;
  }

  public void setAssignment(String assignment) {
    this.assignment = assignment;
  }

  public AssignmentProgress getProgress() {
    return progress;
  }
}
