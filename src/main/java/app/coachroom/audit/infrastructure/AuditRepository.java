package app.coachroom.audit.infrastructure;

import app.coachroom.audit.domain.AuditEvent;
import app.coachroom.shared.domain.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Audit events, newest first, filtered and paged in SQL. A tenant ID limits them to one tenant
 * (named explicitly on top of the @TenantId filter); null means every tenant (the platform admin,
 * in platform mode).
 */
@ApplicationScoped
public class AuditRepository {
  @PersistenceContext EntityManager em;

  /**
   * What to read; null fields do not filter.
   *
   * @param person the actor or the person the action was about
   */
  public record Criteria(String tenantId, String person, String cohortId, AuditAction action) {}

  public void add(AuditEvent event) {
    em.persist(event);
  }

  public List<AuditEvent> page(Criteria criteria, int first, int size) {
    return query("select e from AuditEvent e", criteria, " order by e.seq desc", AuditEvent.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(Criteria criteria) {
    return query("select count(e) from AuditEvent e", criteria, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(String select, Criteria criteria, String order, Class<T> type) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder();
    condition(where, parameters, "e.tenantId = :tenant", "tenant", criteria.tenantId());
    condition(
        where,
        parameters,
        "(e.actorSubject = :person or e.aboutSubject = :person)",
        "person",
        criteria.person());
    condition(where, parameters, "e.cohortId = :cohort", "cohort", criteria.cohortId());
    condition(where, parameters, "e.action = :action", "action", criteria.action());
    TypedQuery<T> query = em.createQuery(select + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static void condition(
      StringBuilder where,
      Map<String, Object> parameters,
      String condition,
      String name,
      Object value) {
    if (value != null) {
      where.append(where.isEmpty() ? " where " : " and ").append(condition);
      parameters.put(name, value);
    }
  }
}
