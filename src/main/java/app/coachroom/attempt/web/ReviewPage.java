package app.coachroom.attempt.web;

import app.coachroom.attempt.application.AttemptRecord;
import app.coachroom.attempt.application.AttemptService;
import app.coachroom.attempt.domain.Phase;
import app.coachroom.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs review.xhtml (?attempt=...): every answer as saved, then Submit. The overall time keeps
 * running; when it is over the attempt is handed in by itself.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AttemptService attempts;
  @Inject Messages messages;

  private String attempt;
  private AttemptRecord record;

  /** viewAction: back to the question while one is running; to the record once handed in. */
  public String load() {
    record = attempts.record(attempt);
    Phase phase = record.clock().phase();
    if (phase == Phase.PREPARING || phase == Phase.ANSWERING) {
      return "/attempt/take?faces-redirect=true&attempt=" + attempt;
    }
    if (phase == Phase.SUBMITTED) {
      return "/attempt/attempt?faces-redirect=true&attempt=" + attempt;
    }
    return null;
  }

  /** Hands the attempt in (a second click changes nothing) and shows it. */
  public String submit() {
    attempts.submit(attempt);
    messages.flashInfo("attempt.submitted");
    return "/attempt/attempt?faces-redirect=true&attempt=" + attempt;
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
