package app.coachroom.interviewtemplate.infrastructure;

import app.coachroom.interviewtemplate.domain.InterviewTemplate;
import app.coachroom.shared.persistence.TenantRows;
import app.coachroom.tenancy.application.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Templates of the session's tenant (Hibernate's @TenantId filter); lookups by ID also compare the
 * row's tenant with the caller's.
 */
@ApplicationScoped
public class TemplateRepository {
  private static final String VISIBLE = " where (t.archivedAt is null or :all = true)";

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  public Optional<InterviewTemplate> find(String id) {
    return TenantRows.find(em, InterviewTemplate.class, id, caller.persistenceTenant());
  }

  public List<InterviewTemplate> page(int first, int size, boolean includeArchived) {
    return em.createQuery(
            "select t from InterviewTemplate t" + VISIBLE + " order by t.title, t.id",
            InterviewTemplate.class)
        .setParameter("all", includeArchived)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(boolean includeArchived) {
    return em.createQuery("select count(t) from InterviewTemplate t" + VISIBLE, Long.class)
        .setParameter("all", includeArchived)
        .getSingleResult();
  }

  public void add(InterviewTemplate template) {
    em.persist(template);
    em.flush();
  }

  public void flush() {
    em.flush();
  }
}
