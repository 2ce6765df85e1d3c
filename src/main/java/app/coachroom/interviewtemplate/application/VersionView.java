package app.coachroom.interviewtemplate.application;

import app.coachroom.interviewtemplate.domain.TemplateContent;
import app.coachroom.interviewtemplate.domain.VersionStatus;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.rubric.domain.RubricContent;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One version of a template as coaches read it. For a published (or superseded) version the items
 * show the frozen questions and rubrics; for a draft, the questions and rubrics as they are now.
 */
public record VersionView(
    int number,
    VersionStatus status,
    Instant publishedAt,
    Instant updatedAt,
    TemplateContent content,
    List<Item> items)
    implements Serializable {

  public boolean frozen() {
    return status != VersionStatus.DRAFT;
  }

  public int overallMinutes() {
    return content.overallSeconds() / 60;
  }

  /**
   * One question with its times and grading rubric.
   *
   * @param rubric null when the question is scored automatically (or, in a draft, has no rubric)
   * @param ownRubric whether the question names its own rubric rather than the default
   * @param answerKeyHidden whether the question's answer key is left out, because the reader takes
   *     an interview asking it as a student
   */
  public record Item(
      String questionId,
      QuestionContent question,
      boolean questionArchived,
      int prepSeconds,
      int answerSeconds,
      RubricContent rubric,
      boolean ownRubric,
      boolean answerKeyHidden)
      implements Serializable {

    /** The item without its question's answer key. */
    Item withoutAnswerKey() {
      return new Item(
          questionId,
          question.withoutAnswerKey(),
          questionArchived,
          prepSeconds,
          answerSeconds,
          rubric,
          ownRubric,
          true);
    }

    public int answerMinutes() {
      return answerSeconds / 60;
    }
  }
}
