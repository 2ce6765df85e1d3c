package app.coachroom.cohort.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person (Keycloak subject) enrolled in a cohort. */
@Entity
@Table(name = "cohort_member")
public class CohortMember extends TenantOwned {
  @Column(name = "cohort_id", length = 36, nullable = false, updatable = false)
  private String cohortId;

  @Column(nullable = false, length = 64, updatable = false)
  private String subject;

  protected CohortMember() {}

  public CohortMember(Cohort cohort, String subject, Instant now) {
    super(now);
    this.cohortId = cohort.id();
    this.subject = subject;
  }

  public String cohortId() {
    return cohortId;
  }

  public String subject() {
    return subject;
  }
}
