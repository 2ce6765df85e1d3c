package app.coachroom.grading.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Released results as the student reads them: the total, the overall comment, every answer with the
 * rubric level reached per criterion (and what that level says) and the coach's comment, and how
 * the criteria tagged with a competency add up per competency.
 */
public record FeedbackView(
    int points,
    int maxPoints,
    String overallComment,
    Instant releasedAt,
    List<AnswerFeedback> answers,
    List<CompetencyResult> competencies)
    implements Serializable {

  public FeedbackView {
    answers = List.copyOf(answers);
    competencies = List.copyOf(competencies);
  }

  /**
   * One answer's feedback.
   *
   * @param autoScored scored automatically (no rubric); {@code overridden} when the coach changed
   *     that score
   */
  public record AnswerFeedback(
      int number,
      String title,
      int points,
      int maxPoints,
      boolean autoScored,
      boolean overridden,
      String comment,
      List<CriterionResult> criteria)
      implements Serializable {

    public AnswerFeedback {
      criteria = List.copyOf(criteria);
    }
  }

  /**
   * One rubric criterion of an answer.
   *
   * @param points the points of the level reached, or null when none was given
   * @param descriptor what the level reached says, or null
   */
  public record CriterionResult(String title, Integer points, int maxPoints, String descriptor)
      implements Serializable {}

  /** The points of every criterion tagged with one competency, added up. */
  public record CompetencyResult(String name, int points, int maxPoints) implements Serializable {

    /** Share of the points reached, 0 to 100. */
    public int percent() {
      return maxPoints == 0 ? 0 : Math.round(100f * points / maxPoints);
    }
  }
}
