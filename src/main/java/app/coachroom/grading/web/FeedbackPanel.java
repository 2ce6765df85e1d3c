package app.coachroom.grading.web;

import app.coachroom.grading.application.Feedback;
import app.coachroom.grading.application.FeedbackView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The feedback part of the student's attempt page (attempt/attempt.xhtml includes
 * /WEB-INF/grading/feedback.xhtml): the released results of the attempt, or nothing.
 */
@Named
@RequestScoped
public class FeedbackPanel {
  @Inject Feedback feedback;

  private String loadedFor;
  private FeedbackView view;

  /** The attempt's released results, or null while none are released. */
  public FeedbackView of(String attemptId) {
    if (!attemptId.equals(loadedFor)) {
      view = feedback.released(attemptId).orElse(null);
      loadedFor = attemptId;
    }
    return view;
  }
}
