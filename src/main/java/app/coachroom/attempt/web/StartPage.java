package app.coachroom.attempt.web;

import app.coachroom.attempt.application.AttemptService;
import app.coachroom.attempt.application.StartView;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.Clock;

/**
 * Backs start.xhtml (?assignment=...): the interview's instructions, questions and times with the
 * student's extra time, their deadline and attempts; Start (or Resume) begins the attempt.
 */
@Named
@ViewScoped
public class StartPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AttemptService attempts;
  @Inject Messages messages;
  @Inject Clock clock;

  private String assignment;
  private StartView view;

  /** viewAction: an assignment the student was not given gives the 404 page. */
  public void load() {
    if (view == null) {
      view = attempts.prepare(assignment);
    }
  }

  /**
   * Starts (or resumes) the attempt and opens it. Two starts at the same moment (a double click,
   * two tabs) meet the unique attempt number: the second then resumes the first one's attempt.
   */
  public String start() {
    String id;
    try {
      try {
        id = attempts.start(assignment);
      } catch (PersistenceException raced) {
        id = attempts.start(assignment);
      }
    } catch (RuleViolationException e) {
      messages.error(e.messageKey(), e.args());
      view = attempts.prepare(assignment);
      return null;
    }
    return "/attempt/take?faces-redirect=true&attempt=" + id;
  }

  public boolean isCutShort() {
    return view.canStart() && view.cutShort(clock.instant());
  }

  public String getAssignment() {
    return assignment;
  }

  public void setAssignment(String assignment) {
    this.assignment = assignment;
  }

  public StartView getView() {
    return view;
  }
}
