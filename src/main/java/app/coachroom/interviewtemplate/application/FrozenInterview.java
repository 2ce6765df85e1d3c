package app.coachroom.interviewtemplate.application;

import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.shared.domain.InterviewStage;
import java.io.Serializable;
import java.util.List;

/**
 * A published template version as it is sat: its texts, times and the questions exactly as they
 * were frozen. It holds what only coaches may see (reference solutions, correct choices): the
 * attempt service strips those before anything reaches a student.
 */
public record FrozenInterview(
    String versionId,
    String title,
    String instructions,
    InterviewStage stage,
    int overallSeconds,
    List<Item> items)
    implements Serializable {

  public FrozenInterview {
    items = List.copyOf(items);
  }

  /**
   * One question in order, with its own preparation and answer time (in seconds) and the rubric it
   * is graded by as published (null for a question scored automatically).
   */
  public record Item(
      int prepSeconds, int answerSeconds, QuestionContent question, RubricContent rubric)
      implements Serializable {}
}
