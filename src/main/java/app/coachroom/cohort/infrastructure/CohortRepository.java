package app.coachroom.cohort.infrastructure;

import app.coachroom.cohort.domain.Cohort;
import app.coachroom.cohort.domain.CohortMember;
import app.coachroom.cohort.domain.CohortRole;
import app.coachroom.identity.Caller;
import app.coachroom.shared.persistence.TenantRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
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
  private static final String COACHED =
      " exists (select m from CohortMember m where m.cohortId = c.id and m.subject = :subject"
          + " and m.role = app.coachroom.cohort.domain.CohortRole.COACH)";

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
    return rosterEntry(cohortId, subject).isPresent();
  }

  public Optional<CohortMember> rosterEntry(String cohortId, String subject) {
    return em.createQuery(
            "select m from CohortMember m where m.cohortId = :cohortId and m.subject = :subject",
            CohortMember.class)
        .setParameter("cohortId", cohortId)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  /** A cohort's roster in the order people were added; at most {@code limit} rows. */
  public List<CohortMember> roster(String cohortId, CohortRole role, int limit) {
    return em.createQuery(
            "select m from CohortMember m where m.cohortId = :cohortId"
                + " and (:role is null or m.role = :role) order by m.createdAt, m.id",
            CohortMember.class)
        .setParameter("cohortId", cohortId)
        .setParameter("role", role)
        .setMaxResults(limit)
        .getResultList();
  }

  /** How many people are on a cohort's roster in that role (in any role for null). */
  public long rosterSize(String cohortId, CohortRole role) {
    return em.createQuery(
            "select count(m) from CohortMember m where m.cohortId = :cohortId"
                + " and (:role is null or m.role = :role)",
            Long.class)
        .setParameter("cohortId", cohortId)
        .setParameter("role", role)
        .getSingleResult();
  }

  /** The roster rows of these subjects in a cohort. */
  public List<CohortMember> rosterEntries(String cohortId, Collection<String> subjects) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select m from CohortMember m where m.cohortId = :cohortId"
                + " and m.subject in :subjects",
            CohortMember.class)
        .setParameter("cohortId", cohortId)
        .setParameter("subjects", subjects)
        .getResultList();
  }

  /** Every cohort's ID and name, archived ones too, by name. */
  public List<Object[]> names() {
    return em.createQuery("select c.id, c.name from Cohort c order by c.name, c.id", Object[].class)
        .getResultList();
  }

  /** ID and name of those of these cohorts that are not archived (and {@code coach} coaches). */
  public List<Object[]> activeNames(Collection<String> ids, String coach) {
    if (ids.isEmpty()) {
      return List.of();
    }
    TypedQuery<Object[]> query =
        em.createQuery(
                "select c.id, c.name from Cohort c where c.id in :ids and c.archivedAt is null"
                    + (coach == null ? "" : " and" + COACHED),
                Object[].class)
            .setParameter("ids", ids);
    return (coach == null ? query : query.setParameter("subject", coach)).getResultList();
  }

  /** The IDs of every cohort a person is on the roster of as a student, archived ones too. */
  public List<String> cohortIdsStudiedBy(String subject) {
    return em.createQuery(
            "select m.cohortId from CohortMember m where m.subject = :subject"
                + " and m.role = app.coachroom.cohort.domain.CohortRole.STUDENT",
            String.class)
        .setParameter("subject", subject)
        .getResultList();
  }

  /** The active cohorts a person studies in. */
  public List<Cohort> activeCohortsStudiedBy(String subject) {
    return em.createQuery(
            "select c from Cohort c where c.archivedAt is null and exists (select m from"
                + " CohortMember m where m.cohortId = c.id and m.subject = :subject"
                + " and m.role = :student) order by c.name",
            Cohort.class)
        .setParameter("subject", subject)
        .setParameter("student", CohortRole.STUDENT)
        .getResultList();
  }

  /**
   * Takes a person off the rosters of every active cohort; archived rosters keep them. A bulk
   * statement, so the tenant is named explicitly as well.
   */
  /** The person's places on the rosters of active cohorts. */
  public List<CohortMember> activeEntries(String subject) {
    return em.createQuery(
            "select m from CohortMember m where m.subject = :subject and m.cohortId in"
                + " (select c.id from Cohort c where c.archivedAt is null)",
            CohortMember.class)
        .setParameter("subject", subject)
        .getResultList();
  }

  public int leaveActiveCohorts(String subject) {
    return em.createQuery(
            "delete from CohortMember m where m.tenantId = :tenant and m.subject = :subject"
                + " and m.cohortId in (select c.id from Cohort c where c.tenantId = :tenant"
                + " and c.archivedAt is null)")
        .setParameter("tenant", caller.persistenceTenant())
        .setParameter("subject", subject)
        .executeUpdate();
  }

  public void remove(CohortMember member) {
    em.remove(member);
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
