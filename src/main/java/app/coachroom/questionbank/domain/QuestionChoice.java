package app.coachroom.questionbank.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One option of a multiple-choice question, at a fixed position. Changed only by its question. */
@Entity
@Table(name = "question_choice")
public class QuestionChoice extends TenantOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false, updatable = false)
  private Question question;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = Question.CHOICE_MAX)
  private String text;

  @Column(nullable = false)
  private boolean correct;

  protected QuestionChoice() {}

  QuestionChoice(Question question, int position, String text, boolean correct, Instant now) {
    super(now);
    this.question = question;
    this.position = position;
    set(text, correct);
  }

  void set(String text, boolean correct) {
    this.text = text;
    this.correct = correct;
  }

  int position() {
    return position;
  }

  QuestionContent.Choice content() {
    return new QuestionContent.Choice(text, correct);
  }
}
