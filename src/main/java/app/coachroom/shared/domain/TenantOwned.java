package app.coachroom.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * What every tenant-owned row has: a random UUID as ID, the tenant (set and checked by Hibernate
 * from the session's tenant, never by callers) and when it was created.
 */
@MappedSuperclass
public abstract class TenantOwned {
  @Id
  @Column(length = 36)
  private String id;

  @TenantId
  @Column(name = "tenant_id", length = 36, nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected TenantOwned() {}

  protected TenantOwned(Instant now) {
    this.id = Ids.newId();
    this.createdAt = now;
  }

  /**
   * For platform-level code that writes into a named tenant (bootstrapping a tenant's first admin).
   * Inside a tenant, Hibernate refuses a tenant ID other than the session's.
   */
  protected void assignTenant(String tenantId) {
    this.tenantId = tenantId;
  }

  public String id() {
    return id;
  }

  public String tenantId() {
    return tenantId;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
