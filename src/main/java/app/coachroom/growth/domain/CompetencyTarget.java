package app.coachroom.growth.domain;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A competency's own target level (0 to 100), instead of the bootcamp's default. */
@Entity
@Table(name = "competency_target")
public class CompetencyTarget extends TenantOwned {
  @Column(name = "competency_id", nullable = false, length = 36, updatable = false)
  private String competencyId;

  @Column(nullable = false)
  private int target;

  protected CompetencyTarget() {}

  public CompetencyTarget(String competencyId, int target, Instant now) {
    super(now);
    this.competencyId = competencyId;
    aimFor(target);
  }

  /** Sets the target; refused outside 0 to 100. */
  public void aimFor(int newTarget) {
    this.target = checked(newTarget);
  }

  /** The target if it is from 0 to 100, else refused at the competency's field. */
  public static int checked(int target) {
    if (target < 0 || target > 100) {
      throw new RuleViolationException("target", "growth.target.range");
    }
    return target;
  }

  public String competencyId() {
    return competencyId;
  }

  public int target() {
    return target;
  }
}
