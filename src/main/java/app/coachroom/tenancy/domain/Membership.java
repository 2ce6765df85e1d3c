package app.coachroom.tenancy.domain;

import app.coachroom.identity.Role;
import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One role of one person (a Keycloak subject) in one tenant. */
@Entity
@Table(name = "membership")
public class Membership extends TenantOwned {
  @Column(nullable = false, length = 64, updatable = false)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Role role;

  protected Membership() {}

  public Membership(String subject, Role role, Instant now) {
    super(now);
    this.subject = subject;
    this.role = role;
  }

  /**
   * A membership in a named tenant, for platform-level code (bootstrapping a tenant's first admin).
   * Inside a tenant, Hibernate refuses a tenant ID other than the session's.
   */
  public static Membership inTenant(String tenantId, String subject, Role role, Instant now) {
    Membership membership = new Membership(subject, role, now);
    membership.assignTenant(tenantId);
    return membership;
  }

  public String subject() {
    return subject;
  }

  public Role role() {
    return role;
  }
}
