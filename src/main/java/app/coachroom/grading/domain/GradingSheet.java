package app.coachroom.grading.domain;

import app.coachroom.rubric.domain.RubricContent;
import java.io.Serializable;
import java.util.List;

/**
 * How one attempt is graded: its questions in order, each by the rubric frozen with the template
 * version, or (multiple choice) by the points scored automatically at hand-in.
 */
public record GradingSheet(List<Question> questions) implements Serializable {

  public GradingSheet {
    questions = List.copyOf(questions);
  }

  /** The most points the attempt can get. */
  public int maxPoints() {
    return questions.stream().mapToInt(Question::maxPoints).sum();
  }

  /**
   * One question.
   *
   * @param rubric the rubric it is graded by, or null when it is scored automatically
   * @param autoPoints the automatic score (null when the question was not answered or not scored)
   * @param autoMax the most an automatic score can be
   */
  public record Question(
      int position, String title, RubricContent rubric, Integer autoPoints, int autoMax)
      implements Serializable {

    public boolean isAutoScored() {
      return rubric == null;
    }

    public int criteria() {
      return rubric == null ? 0 : rubric.criteria().size();
    }

    public int maxPoints() {
      return rubric == null ? autoMax : rubric.totalPoints();
    }
  }
}
