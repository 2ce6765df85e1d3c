package app.coachroom.interviewtemplate.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One question of a template version, in order. Once the version is published it also holds the
 * frozen copies of the question and of the rubric that grades it.
 */
@Entity
@Table(name = "template_item")
public class TemplateItem extends TenantOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", nullable = false, updatable = false)
  private TemplateVersion templateVersion;

  @Column(nullable = false)
  private int position;

  @Column(name = "question_id", nullable = false, length = 36)
  private String questionId;

  @Column(name = "prep_seconds", nullable = false)
  private int prepSeconds;

  @Column(name = "answer_seconds", nullable = false)
  private int answerSeconds;

  @Column(name = "rubric_id", length = 36)
  private String rubricId;

  @Column(name = "question_snapshot", columnDefinition = "MEDIUMTEXT")
  private String questionSnapshot;

  @Column(name = "rubric_snapshot", columnDefinition = "MEDIUMTEXT")
  private String rubricSnapshot;

  protected TemplateItem() {}

  TemplateItem(TemplateVersion version, int position, TemplateContent.Item item, Instant now) {
    super(now);
    this.templateVersion = version;
    this.position = position;
    this.questionId = item.questionId();
    this.prepSeconds = item.prepSeconds();
    this.answerSeconds = item.answerSeconds();
    this.rubricId = item.rubricId();
  }

  void freeze(String questionJson, String rubricJson) {
    this.questionSnapshot = questionJson;
    this.rubricSnapshot = rubricJson;
  }

  public TemplateContent.Item content() {
    return new TemplateContent.Item(questionId, prepSeconds, answerSeconds, rubricId);
  }

  public int prepSeconds() {
    return prepSeconds;
  }

  public int answerSeconds() {
    return answerSeconds;
  }

  public String questionId() {
    return questionId;
  }

  /** The rubric this question names itself, or null when it uses the template's default. */
  public String rubricId() {
    return rubricId;
  }

  /** The question as published (JSON), or null while the version is a draft. */
  public String questionSnapshot() {
    return questionSnapshot;
  }

  /** The grading rubric as published (JSON); null for drafts and auto-scored questions. */
  public String rubricSnapshot() {
    return rubricSnapshot;
  }
}
