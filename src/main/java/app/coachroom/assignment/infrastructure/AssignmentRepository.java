package app.coachroom.assignment.infrastructure;

import app.coachroom.assignment.domain.Assignment;
import app.coachroom.assignment.domain.Extension;
import app.coachroom.identity.Caller;
import app.coachroom.shared.persistence.TenantRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Assignments and extensions of the session's tenant (Hibernate's @TenantId filter); lookups by ID
 * also compare the row's tenant with the caller's.
 */
@ApplicationScoped
public class AssignmentRepository {
  /** A student's assignments with their own due time (the extension if they have one). */
  private static final String MINE =
      " from Assignment a left join Extension e on e.assignmentId = a.id and e.subject = :subject"
          + " where a.cohortId in :cohorts";

  private static final String CURRENT = " and coalesce(e.dueAt, a.dueAt) >= :now";
  private static final String PAST = " and coalesce(e.dueAt, a.dueAt) < :now";

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  /**
   * The frozen template versions of the interviews assigned to cohorts the person is on the roster
   * of as a student, archived cohorts included.
   */
  public List<String> interviewVersionsStudiedBy(String subject) {
    return em.createQuery(
            "select distinct s.templateVersionId from Assignment s"
                + " where s.kind = app.coachroom.assignment.domain.AssignmentKind.INTERVIEW"
                + " and s.templateVersionId is not null"
                + " and s.cohortId in (select m.cohortId from CohortMember m"
                + " where m.subject = :subject"
                + " and m.role = app.coachroom.cohort.domain.CohortRole.STUDENT)",
            String.class)
        .setParameter("subject", subject)
        .getResultList();
  }

  public Optional<Assignment> find(String id) {
    return TenantRows.find(em, Assignment.class, id, caller.persistenceTenant());
  }

  /** A cohort's assignments, the soonest due first. */
  public List<Assignment> forCohort(String cohortId, int first, int size) {
    return em.createQuery(
            "select a from Assignment a where a.cohortId = :cohort order by a.dueAt, a.id",
            Assignment.class)
        .setParameter("cohort", cohortId)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long countForCohort(String cohortId) {
    return em.createQuery(
            "select count(a) from Assignment a where a.cohortId = :cohort", Long.class)
        .setParameter("cohort", cohortId)
        .getSingleResult();
  }

  /**
   * A student's assignments in these cohorts with their extension's due time (or null): those still
   * ahead soonest first, or those past most recent first.
   */
  public List<Object[]> mine(
      String subject,
      Collection<String> cohortIds,
      boolean past,
      Instant now,
      int first,
      int size) {
    if (cohortIds.isEmpty()) {
      return List.of();
    }
    String order =
        past
            ? " order by coalesce(e.dueAt, a.dueAt) desc, a.id"
            : " order by coalesce(e.dueAt, a.dueAt), a.id";
    return em.createQuery(
            "select a, e.dueAt" + MINE + (past ? PAST : CURRENT) + order, Object[].class)
        .setParameter("subject", subject)
        .setParameter("cohorts", cohortIds)
        .setParameter("now", now)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long countMine(String subject, Collection<String> cohortIds, boolean past, Instant now) {
    if (cohortIds.isEmpty()) {
      return 0;
    }
    return em.createQuery("select count(a)" + MINE + (past ? PAST : CURRENT), Long.class)
        .setParameter("subject", subject)
        .setParameter("cohorts", cohortIds)
        .setParameter("now", now)
        .getSingleResult();
  }

  /** Assignments due in [from, to), soonest first; at most {@code max}. */
  public List<Assignment> dueBetween(Instant from, Instant to, int max) {
    return em.createQuery(
            "select a from Assignment a where a.dueAt >= :from and a.dueAt < :to"
                + " order by a.dueAt, a.id",
            Assignment.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(max)
        .getResultList();
  }

  public Optional<Extension> extension(String assignmentId, String subject) {
    return em.createQuery(
            "select e from Extension e where e.assignmentId = :assignment and e.subject = :subject",
            Extension.class)
        .setParameter("assignment", assignmentId)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  public List<Extension> extensions(String assignmentId) {
    return em.createQuery(
            "select e from Extension e where e.assignmentId = :assignment", Extension.class)
        .setParameter("assignment", assignmentId)
        .getResultList();
  }

  /** Assignments open now that are still ahead for someone (their due time or an extension). */
  public List<Assignment> openAndAhead(Instant now) {
    return em.createQuery(
            "select a from Assignment a where a.opensAt <= :now and (a.dueAt > :now or exists"
                + " (select e from Extension e where e.assignmentId = a.id and e.dueAt > :now))"
                + " order by a.dueAt, a.id",
            Assignment.class)
        .setParameter("now", now)
        .getResultList();
  }

  public void add(Object row) {
    em.persist(row);
  }

  public void remove(Object row) {
    em.remove(row);
  }

  public void flush() {
    em.flush();
  }
}
