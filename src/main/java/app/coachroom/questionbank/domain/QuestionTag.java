package app.coachroom.questionbank.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Tags a question with a competency (by ID: competencies are another feature's). */
@Entity
@Table(name = "question_competency")
public class QuestionTag extends TenantOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false, updatable = false)
  private Question question;

  @Column(name = "competency_id", nullable = false, length = 36, updatable = false)
  private String competencyId;

  protected QuestionTag() {}

  QuestionTag(Question question, String competencyId, Instant now) {
    super(now);
    this.question = question;
    this.competencyId = competencyId;
  }

  public String competencyId() {
    return competencyId;
  }
}
