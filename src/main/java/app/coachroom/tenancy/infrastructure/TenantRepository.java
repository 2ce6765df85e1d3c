package app.coachroom.tenancy.infrastructure;

import app.coachroom.tenancy.domain.Role;
import app.coachroom.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Tenants and memberships. */
@ApplicationScoped
public class TenantRepository {
  @PersistenceContext EntityManager em;

  public List<Tenant> findByAliases(List<String> aliases) {
    return em.createQuery("select t from Tenant t where t.alias in :aliases", Tenant.class)
        .setParameter("aliases", aliases)
        .getResultList();
  }

  /**
   * Roles of the subject in the tenant, named explicitly on top of the @TenantId filter: this query
   * decides what a caller may do.
   */
  public List<Role> rolesOf(String subject, String tenantId) {
    return em.createQuery(
            "select m.role from Membership m where m.subject = :subject and m.tenantId = :tenant",
            Role.class)
        .setParameter("subject", subject)
        .setParameter("tenant", tenantId)
        .getResultList();
  }
}
