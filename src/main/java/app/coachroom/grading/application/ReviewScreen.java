package app.coachroom.grading.application;

import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.attempt.application.AttemptRecord;
import app.coachroom.rubric.domain.RubricContent;
import java.io.Serializable;
import java.util.List;

/**
 * Everything the review screen shows of one handed-in attempt: whose it is, every answer beside
 * what it is graded by, and the review.
 *
 * @param release how the assignment releases results: automatically released ones stay open to
 *     changes by the review's holder
 * @param student the student's subject; null (and no name) while grading is anonymous
 * @param anonymousAs what the student is called while grading is anonymous, else null
 * @param holderName the name of the coach who held the review when the screen was read
 */
public record ReviewScreen(
    String attemptId,
    String assignmentId,
    String assignmentTitle,
    String student,
    String studentName,
    String anonymousAs,
    int attemptNumber,
    HandedIn handedIn,
    List<Question> questions,
    ResultRelease release,
    ReviewView review,
    String holderName)
    implements Serializable {

  public ReviewScreen {
    questions = List.copyOf(questions);
  }

  /**
   * One answer and how it is graded.
   *
   * @param rubric what it is graded by, or null when it is scored automatically
   * @param correctChoices for multiple choice, the positions of the correct choices
   * @param autoPoints the automatic score, or null (not scored, or not answered)
   * @param maxPoints the most the answer can score
   */
  public record Question(
      AttemptRecord.Entry entry,
      RubricContent rubric,
      List<Integer> correctChoices,
      Integer autoPoints,
      int maxPoints)
      implements Serializable {

    public Question {
      correctChoices = List.copyOf(correctChoices);
    }

    public boolean isAutoScored() {
      return rubric == null;
    }

    public boolean isCorrect(int choice) {
      return correctChoices.contains(choice);
    }
  }
}
