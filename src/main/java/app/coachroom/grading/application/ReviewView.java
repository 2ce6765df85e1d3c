package app.coachroom.grading.application;

import app.coachroom.grading.domain.AnswerGrade;
import app.coachroom.grading.domain.ReviewStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A review as its page shows it.
 *
 * @param version what a save must be based on
 * @param heldBy the subject of the coach who holds it
 * @param grades one per question, in order
 * @param answerPoints the points of each answer, in order
 */
public record ReviewView(
    String attemptId,
    long version,
    ReviewStatus status,
    String heldBy,
    boolean heldByMe,
    int points,
    int maxPoints,
    String overallComment,
    List<AnswerGrade> grades,
    List<Integer> answerPoints,
    Instant releasedAt,
    Instant updatedAt)
    implements Serializable {

  public ReviewView {
    grades = List.copyOf(grades);
    answerPoints = List.copyOf(answerPoints);
  }

  public boolean isReleased() {
    return status == ReviewStatus.RELEASED;
  }
}
