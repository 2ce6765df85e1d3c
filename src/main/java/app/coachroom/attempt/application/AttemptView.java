package app.coachroom.attempt.application;

import app.coachroom.attempt.domain.Phase;
import java.io.Serializable;

/**
 * The take page: the current question (null while reviewing or once handed in), its saved answer
 * and the server's clock.
 */
public record AttemptView(
    String id,
    String assignmentId,
    String title,
    int number,
    int questionCount,
    ClockView clock,
    QuestionView question,
    SavedAnswer answer)
    implements Serializable {

  public Phase phase() {
    return clock.phase();
  }

  public boolean isLastQuestion() {
    return question != null && question.position() == questionCount - 1;
  }
}
