package app.coachroom.cohort.infrastructure;

import app.coachroom.cohort.domain.Cohort;
import app.coachroom.cohort.domain.CohortMember;
import app.coachroom.shared.persistence.TenantRows;
import app.coachroom.tenancy.application.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Cohorts of the session's tenant. Hibernate's @TenantId filter scopes every query; lookups by ID
 * also compare the row's tenant with the caller's, so a hole in one check is caught by the other.
 */
@ApplicationScoped
public class CohortRepository {
  private static final String VISIBLE = " (c.archivedAt is null or :includeArchived = true)";
  private static final String ENROLLED =
      " exists (select m from CohortMember m where m.cohortId = c.id and m.subject = :subject)";

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  public Optional<Cohort> find(String id) {
    return TenantRows.find(em, Cohort.class, id, caller.persistenceTenant());
  }

  public List<Cohort> page(int first, int size, boolean includeArchived) {
    return em.createQuery(
            "select c from Cohort c where" + VISIBLE + " order by c.name", Cohort.class)
        .setParameter("includeArchived", includeArchived)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(boolean includeArchived) {
    return em.createQuery("select count(c) from Cohort c where" + VISIBLE, Long.class)
        .setParameter("includeArchived", includeArchived)
        .getSingleResult();
  }

  public List<Cohort> pageEnrolled(String subject, int first, int size, boolean includeArchived) {
    return em.createQuery(
            "select c from Cohort c where" + ENROLLED + " and" + VISIBLE + " order by c.name",
            Cohort.class)
        .setParameter("subject", subject)
        .setParameter("includeArchived", includeArchived)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long countEnrolled(String subject, boolean includeArchived) {
    return em.createQuery(
            "select count(c) from Cohort c where" + ENROLLED + " and" + VISIBLE, Long.class)
        .setParameter("subject", subject)
        .setParameter("includeArchived", includeArchived)
        .getSingleResult();
  }

  public boolean isEnrolled(String cohortId, String subject) {
    return em.createQuery(
                "select count(m) from CohortMember m where m.cohortId = :cohortId"
                    + " and m.subject = :subject",
                Long.class)
            .setParameter("cohortId", cohortId)
            .setParameter("subject", subject)
            .getSingleResult()
        > 0;
  }

  /** Same-name check as the database does it (case-insensitive collation). */
  public boolean nameTaken(String name, String exceptId) {
    return em.createQuery(
                "select count(c) from Cohort c where c.name = :name"
                    + " and (:exceptId is null or c.id <> :exceptId)",
                Long.class)
            .setParameter("name", name)
            .setParameter("exceptId", exceptId)
            .getSingleResult()
        > 0;
  }

  public void add(Cohort cohort) {
    em.persist(cohort);
    em.flush();
  }

  public void add(CohortMember member) {
    em.persist(member);
  }

  public void flush() {
    em.flush();
  }
}
