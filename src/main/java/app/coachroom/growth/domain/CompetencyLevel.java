package app.coachroom.growth.domain;

import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How one student did in one competency in one interview: the points earned and possible over that
 * interview's evidence for it. Written and deleted by the record's projection, never changed.
 */
@Entity
@Table(name = "competency_level")
public class CompetencyLevel extends TenantOwned {
  @Column(name = "attempt_id", nullable = false, length = 36, updatable = false)
  private String attemptId;

  @Column(name = "student_subject", nullable = false, length = 64, updatable = false)
  private String student;

  @Column(name = "competency_id", nullable = false, length = 36, updatable = false)
  private String competencyId;

  @Column(name = "cohort_id", nullable = false, length = 36, updatable = false)
  private String cohortId;

  @Column(name = "assignment_id", nullable = false, length = 36, updatable = false)
  private String assignmentId;

  @Column(name = "template_id", nullable = false, length = 36, updatable = false)
  private String templateId;

  @Column(nullable = false, length = 200, updatable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private InterviewStage stage;

  @Column(name = "handed_in_at", nullable = false, updatable = false)
  private Instant handedInAt;

  @Column(nullable = false, updatable = false)
  private int earned;

  @Column(nullable = false, updatable = false)
  private int possible;

  protected CompetencyLevel() {}

  public CompetencyLevel(
      String attemptId,
      String student,
      String competencyId,
      String cohortId,
      String assignmentId,
      String templateId,
      String title,
      InterviewStage stage,
      Instant handedInAt,
      int earned,
      int possible,
      Instant now) {
    super(now);
    if (possible <= 0) {
      throw new IllegalArgumentException("A level needs possible points");
    }
    this.attemptId = attemptId;
    this.student = student;
    this.competencyId = competencyId;
    this.cohortId = cohortId;
    this.assignmentId = assignmentId;
    this.templateId = templateId;
    this.title = title;
    this.stage = stage;
    this.handedInAt = handedInAt;
    this.earned = earned;
    this.possible = possible;
  }

  /** The level, 0 to 100. */
  public double level() {
    return Standing.level(earned, possible);
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

  public String cohortId() {
    return cohortId;
  }

  public String assignmentId() {
    return assignmentId;
  }

  public String templateId() {
    return templateId;
  }

  /** The interview's title, as its assignment gave it. */
  public String title() {
    return title;
  }

  public InterviewStage stage() {
    return stage;
  }

  public Instant handedInAt() {
    return handedInAt;
  }

  public int earned() {
    return earned;
  }

  public int possible() {
    return possible;
  }
}
