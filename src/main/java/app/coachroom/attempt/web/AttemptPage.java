package app.coachroom.attempt.web;

import app.coachroom.attempt.application.AttemptRecord;
import app.coachroom.attempt.application.AttemptService;
import app.coachroom.attempt.domain.Phase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs attempt.xhtml (?attempt=...): one of the student's attempts, read only. */
@Named
@RequestScoped
public class AttemptPage {
  @Inject AttemptService attempts;

  private String attempt;
  private AttemptRecord record;

  /** viewAction: an attempt still running is continued on the take page. */
  public String load() {
    record = attempts.record(attempt);
    if (record.clock().phase().isOpen()) {
      return "/attempt/take?faces-redirect=true&attempt=" + attempt;
    }
    return null;
  }

  public boolean isSubmitted() {
    return record.clock().phase() == Phase.SUBMITTED;
  }

  public String getAttempt() {
    return attempt;
  }

  public void setAttempt(String attempt) {
    this.attempt = attempt;
  }

  public AttemptRecord getRecord() {
    return record;
  }
}
