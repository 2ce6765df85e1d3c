package app.coachroom.questionbank.domain;

import app.coachroom.shared.domain.InterviewStage;
import java.io.Serializable;

/**
 * What the question bank list is narrowed by; null fields do not narrow.
 *
 * @param text words found in the title or the prompt
 */
public record QuestionFilter(
    String text,
    QuestionKind kind,
    InterviewStage stage,
    Difficulty difficulty,
    String competencyId,
    boolean includeArchived)
    implements Serializable {

  public static QuestionFilter everything() {
    return new QuestionFilter(null, null, null, null, null, true);
  }
}
