package app.coachroom.growth.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A coach's released comment on one answer, under one competency the answer speaks to. Written and
 * deleted by the record's projection, never changed.
 */
@Entity
@Table(name = "competency_note")
public class CompetencyNote extends TenantOwned {
  @Column(name = "attempt_id", nullable = false, length = 36, updatable = false)
  private String attemptId;

  @Column(name = "student_subject", nullable = false, length = 64, updatable = false)
  private String student;

  @Column(name = "competency_id", nullable = false, length = 36, updatable = false)
  private String competencyId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
  private String comment;

  @Column(name = "handed_in_at", nullable = false, updatable = false)
  private Instant handedInAt;

  protected CompetencyNote() {}

  public CompetencyNote(
      String attemptId,
      String student,
      String competencyId,
      int position,
      String comment,
      Instant handedInAt,
      Instant now) {
    super(now);
    this.attemptId = attemptId;
    this.student = student;
    this.competencyId = competencyId;
    this.position = position;
    this.comment = comment;
    this.handedInAt = handedInAt;
  }

  public String attemptId() {
    return attemptId;
  }

  public String student() {
    return student;
  }

  public String competencyId() {
    return competencyId;
  }

  public int position() {
    return position;
  }

  public String comment() {
    return comment;
  }

  public Instant handedInAt() {
    return handedInAt;
  }
}
