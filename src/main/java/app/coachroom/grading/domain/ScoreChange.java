package app.coachroom.grading.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of a review's score history, never changed or deleted: who changed what (a criterion's
 * level, an override, the total, the release) from which points to which, and when; numbered per
 * review in the order the changes were made.
 */
@Entity
@Table(name = "score_change")
public class ScoreChange extends TenantOwned {
  @Column(name = "review_id", length = 36, nullable = false, updatable = false)
  private String reviewId;

  @Column(name = "attempt_id", length = 36, nullable = false, updatable = false)
  private String attemptId;

  @Column(nullable = false, updatable = false)
  private int seq;

  @Column(name = "changed_by", length = 64, nullable = false, updatable = false)
  private String changedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private ScoreChangeKind kind;

  @Column(updatable = false)
  private Integer position;

  @Column(updatable = false)
  private Integer criterion;

  @Column(name = "old_points", updatable = false)
  private Integer oldPoints;

  @Column(name = "new_points", updatable = false)
  private Integer newPoints;

  @Column(length = Grading.REASON_MAX, updatable = false)
  private String reason;

  protected ScoreChange() {}

  ScoreChange(
      Review review,
      int seq,
      String changedBy,
      ScoreChangeKind kind,
      Integer position,
      Integer criterion,
      Integer oldPoints,
      Integer newPoints,
      String reason,
      Instant now) {
    super(now);
    this.reviewId = review.id();
    this.attemptId = review.attemptId();
    this.seq = seq;
    this.changedBy = changedBy;
    this.kind = kind;
    this.position = position;
    this.criterion = criterion;
    this.oldPoints = oldPoints;
    this.newPoints = newPoints;
    this.reason = reason;
  }

  /** Its place in the review's history: 1 for the first change. */
  public int seq() {
    return seq;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return createdAt();
  }

  public ScoreChangeKind kind() {
    return kind;
  }

  /** The question's place in the attempt, or null for the total and releases. */
  public Integer position() {
    return position;
  }

  /** The criterion's place in the question's rubric, for a level. */
  public Integer criterion() {
    return criterion;
  }

  public Integer oldPoints() {
    return oldPoints;
  }

  public Integer newPoints() {
    return newPoints;
  }

  public String reason() {
    return reason;
  }
}
