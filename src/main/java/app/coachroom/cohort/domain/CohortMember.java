package app.coachroom.cohort.domain;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * A person (Keycloak subject) on a cohort's roster, as its coach or its student. A student may
 * carry an extra-time accommodation: a multiplier on every time limit of the cohort's interviews.
 */
@Entity
@Table(name = "cohort_member")
public class CohortMember extends TenantOwned {
  public static final BigDecimal NO_EXTRA_TIME = new BigDecimal("1.00");
  public static final BigDecimal MAX_MULTIPLIER = new BigDecimal("3.00");

  /** The multipliers the roster offers; the rule itself allows any step of 0.05 up to 3. */
  public static final List<BigDecimal> OFFERED_MULTIPLIERS =
      List.of("1.00", "1.25", "1.50", "1.75", "2.00", "2.50", "3.00").stream()
          .map(BigDecimal::new)
          .toList();

  @Column(name = "cohort_id", length = 36, nullable = false, updatable = false)
  private String cohortId;

  @Column(nullable = false, length = 64, updatable = false)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private CohortRole role;

  @Column(name = "time_multiplier", nullable = false, precision = 3, scale = 2)
  private BigDecimal timeMultiplier = NO_EXTRA_TIME;

  @Version private long version;

  protected CohortMember() {}

  CohortMember(Cohort cohort, String subject, CohortRole role, Instant now) {
    super(now);
    this.cohortId = cohort.id();
    this.subject = subject;
    this.role = role;
  }

  /** Sets the student's extra time; 1 means none. Coaches have no time limits to stretch. */
  public void accommodate(BigDecimal multiplier) {
    if (role != CohortRole.STUDENT) {
      throw new RuleViolationException(null, "roster.accommodation.studentsOnly");
    }
    this.timeMultiplier = checkedMultiplier(multiplier);
  }

  static BigDecimal checkedMultiplier(BigDecimal multiplier) {
    if (multiplier == null
        || multiplier.compareTo(NO_EXTRA_TIME) < 0
        || multiplier.compareTo(MAX_MULTIPLIER) > 0
        || multiplier.remainder(new BigDecimal("0.05")).signum() != 0) {
      throw new RuleViolationException("multiplier", "roster.accommodation.range");
    }
    return multiplier.setScale(2, RoundingMode.UNNECESSARY);
  }

  public String cohortId() {
    return cohortId;
  }

  public String subject() {
    return subject;
  }

  public CohortRole role() {
    return role;
  }

  public BigDecimal timeMultiplier() {
    return timeMultiplier;
  }

  public long version() {
    return version;
  }
}
