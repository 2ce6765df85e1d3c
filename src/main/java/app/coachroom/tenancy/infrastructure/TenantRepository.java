package app.coachroom.tenancy.infrastructure;

import app.coachroom.identity.Role;
import app.coachroom.shared.domain.Ids;
import app.coachroom.tenancy.domain.Tenant;
import app.coachroom.tenancy.domain.TenantLogo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tenants and memberships. */
@ApplicationScoped
public class TenantRepository {
  @PersistenceContext EntityManager em;

  /** The active tenants with these aliases in which the subject holds a role. */
  public List<Tenant> findByAliasesWithMember(List<String> aliases, String subject) {
    return em.createQuery(
            "select t from Tenant t where t.alias in :aliases and t.deactivatedAt is null"
                + " and exists (select m.id from Membership m where m.tenantId = t.id"
                + " and m.subject = :subject)",
            Tenant.class)
        .setParameter("aliases", aliases)
        .setParameter("subject", subject)
        .getResultList();
  }

  public Optional<Tenant> find(String id) {
    return Ids.isWellFormed(id) ? Optional.ofNullable(em.find(Tenant.class, id)) : Optional.empty();
  }

  public boolean aliasTaken(String alias) {
    return !em.createQuery("select t.id from Tenant t where t.alias = :alias", String.class)
        .setParameter("alias", alias)
        .getResultList()
        .isEmpty();
  }

  public void add(Tenant tenant) {
    em.persist(tenant);
    em.flush();
  }

  /** A tenant's logo, if it has one (callers pass their own tenant's ID). */
  public Optional<TenantLogo> logo(String tenantId) {
    return Optional.ofNullable(em.find(TenantLogo.class, tenantId));
  }

  public void addLogo(TenantLogo logo) {
    em.persist(logo);
  }

  public void removeLogo(TenantLogo logo) {
    em.remove(logo);
  }

  public void flush() {
    em.flush();
  }

  /** Every tenant, by name (a platform has tens of tenants, not thousands). */
  public List<Tenant> all() {
    return em.createQuery("select t from Tenant t order by t.name, t.id", Tenant.class)
        .getResultList();
  }

  /** Names of the given tenants by ID. */
  public Map<String, String> names(Collection<String> ids) {
    Map<String, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("select t.id, t.name from Tenant t where t.id in :ids", Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(row -> names.put((String) row[0], (String) row[1]));
    }
    return names;
  }

  /** How many people (not roles) each tenant has, by tenant ID, in one query. */
  public Map<String, Long> memberCounts() {
    Map<String, Long> counts = new HashMap<>();
    em.createQuery(
            "select m.tenantId, count(distinct m.subject) from Membership m group by m.tenantId",
            Object[].class)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], (Long) row[1]));
    return counts;
  }

  /** How many people (not roles) one tenant has. */
  public long memberCount(String tenantId) {
    return em.createQuery(
            "select count(distinct m.subject) from Membership m where m.tenantId = :tenant",
            Long.class)
        .setParameter("tenant", tenantId)
        .getSingleResult();
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
