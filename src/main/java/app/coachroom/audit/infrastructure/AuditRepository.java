package app.coachroom.audit.infrastructure;

import app.coachroom.audit.domain.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Audit events, newest first. A tenant ID limits the page to one tenant (named explicitly on top of
 * the @TenantId filter); null means every tenant (the platform admin, in platform mode).
 */
@ApplicationScoped
public class AuditRepository {
  @PersistenceContext EntityManager em;

  public void add(AuditEvent event) {
    em.persist(event);
  }

  public List<AuditEvent> page(String tenantId, int first, int size) {
    return query("select e from AuditEvent e", tenantId, " order by e.seq desc", AuditEvent.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(String tenantId) {
    return query("select count(e) from AuditEvent e", tenantId, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(String select, String tenantId, String order, Class<T> type) {
    if (tenantId == null) {
      return em.createQuery(select + order, type);
    }
    return em.createQuery(select + " where e.tenantId = :tenant" + order, type)
        .setParameter("tenant", tenantId);
  }
}
