package app.coachroom.growth.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Where one student stands in one competency now ({@link Standing}), kept beside their levels so a
 * cohort's heat map reads one row per student and competency.
 */
@Entity
@Table(name = "competency_standing")
public class CompetencyStanding extends TenantOwned {
  @Column(name = "student_subject", nullable = false, length = 64, updatable = false)
  private String student;

  @Column(name = "competency_id", nullable = false, length = 36, updatable = false)
  private String competencyId;

  @Column(name = "current_level", nullable = false)
  private double current;

  @Column(nullable = false)
  private int interviews;

  @Column(nullable = false)
  private boolean falling;

  @Column(name = "last_handed_in_at", nullable = false)
  private Instant lastHandedInAt;

  protected CompetencyStanding() {}

  public CompetencyStanding(String student, String competencyId, Instant now) {
    super(now);
    this.student = student;
    this.competencyId = competencyId;
  }

  /** Takes the standing computed from the student's levels, the last handed in at that time. */
  public void update(Standing standing, Instant lastHandedInAt) {
    this.current = standing.current();
    this.interviews = standing.interviews();
    this.falling = standing.falling();
    this.lastHandedInAt = lastHandedInAt;
  }

  public Standing standing() {
    return new Standing(current, interviews, falling);
  }

  public String student() {
    return student;
  }

  public String competencyId() {
    return competencyId;
  }

  public Instant lastHandedInAt() {
    return lastHandedInAt;
  }
}
