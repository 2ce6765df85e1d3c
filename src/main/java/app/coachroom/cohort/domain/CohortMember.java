package app.coachroom.cohort.domain;

import app.coachroom.shared.domain.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A person (Keycloak subject) enrolled in a cohort. */
@Entity
@Table(name = "cohort_member")
public class CohortMember {
  @Id
  @Column(length = 36)
  private String id;

  @TenantId
  @Column(name = "tenant_id", length = 36, nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "cohort_id", length = 36, nullable = false, updatable = false)
  private String cohortId;

  @Column(nullable = false, length = 64, updatable = false)
  private String subject;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected CohortMember() {}

  public CohortMember(Cohort cohort, String subject, Instant now) {
    this.id = Ids.newId();
    this.cohortId = cohort.id();
    this.subject = subject;
    this.createdAt = now;
  }

  public String cohortId() {
    return cohortId;
  }

  public String subject() {
    return subject;
  }
}
