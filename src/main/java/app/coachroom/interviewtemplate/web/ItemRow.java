package app.coachroom.interviewtemplate.web;

import app.coachroom.interviewtemplate.application.VersionView;
import app.coachroom.interviewtemplate.domain.TemplateContent;
import app.coachroom.questionbank.application.QuestionRow;
import app.coachroom.questionbank.domain.QuestionKind;
import java.io.Serializable;

/** One question line of the template editor, as the coach types it (times in the UI's units). */
public class ItemRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String questionId;
  private final String title;
  private final QuestionKind kind;
  private final boolean archived;
  private Integer prepSeconds;
  private Integer answerMinutes;
  private String rubricId;

  private ItemRow(
      String questionId,
      String title,
      QuestionKind kind,
      boolean archived,
      Integer prepSeconds,
      Integer answerMinutes,
      String rubricId) {
    this.questionId = questionId;
    this.title = title;
    this.kind = kind;
    this.archived = archived;
    this.prepSeconds = prepSeconds;
    this.answerMinutes = answerMinutes;
    this.rubricId = rubricId;
  }

  /** A question just picked from the bank, with times that suit its kind. */
  static ItemRow picked(QuestionRow question) {
    return new ItemRow(
        question.id(),
        question.title(),
        question.kind(),
        question.archived(),
        switch (question.kind()) {
          case BEHAVIOURAL, SPOKEN, SYSTEM_DESIGN -> 30;
          default -> 0;
        },
        switch (question.kind()) {
          case CODING -> 30;
          case SYSTEM_DESIGN -> 40;
          case MULTIPLE_CHOICE -> 2;
          default -> 5;
        },
        null);
  }

  /**
   * @param rubricId the rubric the question names itself, or null for the template's default
   */
  static ItemRow of(VersionView.Item item, String rubricId) {
    return new ItemRow(
        item.questionId(),
        item.question().title(),
        item.question().kind(),
        item.questionArchived(),
        item.prepSeconds(),
        item.answerSeconds() / 60,
        rubricId);
  }

  TemplateContent.Item content() {
    return new TemplateContent.Item(
        questionId, prepSeconds, TemplateEditor.seconds(answerMinutes), rubricId);
  }

  public String getQuestionId() {
    return questionId;
  }

  public String getTitle() {
    return title;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public boolean isArchived() {
    return archived;
  }

  public Integer getPrepSeconds() {
    return prepSeconds;
  }

  public void setPrepSeconds(Integer prepSeconds) {
    this.prepSeconds = prepSeconds;
  }

  public Integer getAnswerMinutes() {
    return answerMinutes;
  }

  public void setAnswerMinutes(Integer answerMinutes) {
    this.answerMinutes = answerMinutes;
  }

  public String getRubricId() {
    return rubricId;
  }

  public void setRubricId(String rubricId) {
    this.rubricId = rubricId;
  }
}
