package app.coachroom.tenancy.domain;

import app.coachroom.shared.domain.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One role of one person (a Keycloak subject) in one tenant. */
@Entity
@Table(name = "membership")
public class Membership {
  @Id
  @Column(length = 36)
  private String id;

  @TenantId
  @Column(name = "tenant_id", length = 36, nullable = false, updatable = false)
  private String tenantId;

  @Column(nullable = false, length = 64, updatable = false)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Role role;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Membership() {}

  public Membership(String subject, Role role, Instant now) {
    this.id = Ids.newId();
    this.subject = subject;
    this.role = role;
    this.createdAt = now;
  }

  /**
   * A membership in a named tenant, for platform-level code (bootstrapping a tenant's first admin).
   * Inside a tenant, Hibernate refuses a tenant ID other than the session's.
   */
  public static Membership inTenant(String tenantId, String subject, Role role, Instant now) {
    Membership membership = new Membership(subject, role, now);
    membership.tenantId = tenantId;
    return membership;
  }

  public String tenantId() {
    return tenantId;
  }

  public String subject() {
    return subject;
  }

  public Role role() {
    return role;
  }
}
