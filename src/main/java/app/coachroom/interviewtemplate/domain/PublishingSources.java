package app.coachroom.interviewtemplate.domain;

import java.util.Optional;

/** What publishing reads from the question bank and the rubrics of the tenant. */
public interface PublishingSources {

  /** The question as it is now, or empty if the tenant has no such question. */
  Optional<FrozenQuestion> question(String questionId);

  /** The rubric as it is now, or empty if the tenant has no such rubric. */
  Optional<FrozenRubric> rubric(String rubricId);

  /**
   * @param autoScored answers are scored without a rubric (multiple choice)
   * @param json the whole content, as the published version keeps it
   */
  record FrozenQuestion(String title, boolean archived, boolean autoScored, String json) {}

  /**
   * @param json the whole content, as the published version keeps it
   */
  record FrozenRubric(String title, boolean archived, String json) {}
}
