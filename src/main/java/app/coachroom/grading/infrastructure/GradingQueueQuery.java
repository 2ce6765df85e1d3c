package app.coachroom.grading.infrastructure;

import app.coachroom.grading.domain.QueueState;
import app.coachroom.grading.domain.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The grading queue's reads: handed-in attempts with their review (if begun), oldest first,
 * filtered and paged in the database. It reads across features (attempts, assignments, cohorts,
 * reviews) because only the database can filter and page them together; it never writes. The page
 * reads attempts and reviews only, walking the attempts in hand-in order by index (titles and
 * cohort names come from the assignment list the caller already has), so a page costs the same
 * however many attempts the bootcamp holds; the count reads every matching attempt's index entry.
 */
@ApplicationScoped
public class GradingQueueQuery {
  /** Only the cohorts the subject bound to :coach coaches. */
  private static final String COACHES =
      " and s.cohortId in (select m.cohortId from CohortMember m where m.subject = :coach"
          + " and m.role = app.coachroom.cohort.domain.CohortRole.COACH)";

  @PersistenceContext EntityManager em;

  /**
   * Which handed-in attempts the queue shows.
   *
   * @param assignments only attempts at these assignments; null for every attempt of the bootcamp
   * @param lateOnly only late ones (never those of assignments that hide identities)
   * @param holder only reviews this subject holds; null for anyone's (or none)
   * @param question only attempts whose answer at this position is not hand-graded; null for all
   * @param taker no attempts at interviews asking a question of one this subject takes as a student
   *     (in any cohort)
   */
  public record Criteria(
      Collection<String> assignments,
      QueueState state,
      boolean lateOnly,
      String holder,
      Integer question,
      String taker) {}

  /**
   * The template versions that ask any question of the interviews assigned to cohorts :taker
   * studies in (each subquery stands alone, so the database runs it once, not per row).
   */
  private static final String TAKEN =
      " (select i.templateVersion.id from TemplateItem i where i.questionId in"
          + " (select j.questionId from TemplateItem j where j.templateVersion.id in"
          + " (select t.templateVersionId from Assignment t"
          + " where t.kind = app.coachroom.assignment.domain.AssignmentKind.INTERVIEW"
          + " and t.templateVersionId is not null"
          + " and t.cohortId in (select n.cohortId from CohortMember n where n.subject = :taker"
          + " and n.role = app.coachroom.cohort.domain.CohortRole.STUDENT))))";

  /**
   * A page of rows: attempt ID, student, number, handed in at, late, assignment ID, review status,
   * points, max points, held by.
   */
  public List<Object[]> page(Criteria criteria, int first, int size) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select a.id, a.subject, a.number, a.submittedAt, a.late, a.assignmentId,"
                + " r.status, r.points, r.maxPoints, r.claimedBy"
                + where(criteria)
                + " order by a.submittedAt, a.id",
            Object[].class);
    bind(query, criteria);
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  public long count(Criteria criteria) {
    TypedQuery<Long> query = em.createQuery("select count(a)" + where(criteria), Long.class);
    bind(query, criteria);
    return query.getSingleResult();
  }

  /**
   * The interview assignments of the coach's cohorts (every cohort for null), to filter the queue
   * by, without those asking a question of an interview {@code taker} takes as a student:
   * assignment ID, title, cohort ID, cohort name, whether it grades anonymously, when its
   * identities were revealed; by cohort name, then title.
   */
  public List<Object[]> assignments(String coach, String taker) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select s.id, s.title, c.id, c.name, s.anonymousGrading, s.identitiesRevealedAt"
                + " from Assignment s join Cohort c on c.id = s.cohortId"
                + " where s.kind = app.coachroom.assignment.domain.AssignmentKind.INTERVIEW"
                + (coach == null ? "" : COACHES)
                + " and s.templateVersionId not in"
                + TAKEN
                + " order by c.name, s.title, s.id",
            Object[].class);
    if (coach != null) {
      query.setParameter("coach", coach);
    }
    return query.setParameter("taker", taker).getResultList();
  }

  /**
   * The latest handed-in attempt of each student at the assignment: attempt ID, student, number,
   * handed in at, late, template version; by student.
   */
  public List<Object[]> latestHandedIn(String assignmentId) {
    return em.createQuery(
            "select a.id, a.subject, a.number, a.submittedAt, a.late, a.templateVersionId"
                + " from Attempt a where a.assignmentId = :assignment"
                + " and a.status = app.coachroom.attempt.domain.AttemptStatus.SUBMITTED"
                + " and a.number = (select max(b.number) from Attempt b"
                + " where b.assignmentId = a.assignmentId and b.subject = a.subject"
                + " and b.status = app.coachroom.attempt.domain.AttemptStatus.SUBMITTED)"
                + " order by a.subject",
            Object[].class)
        .setParameter("assignment", assignmentId)
        .getResultList();
  }

  /** The template version an interview assignment of the coach's cohorts (any for null) gives. */
  public Optional<String> templateVersion(String coach, String assignmentId) {
    TypedQuery<String> query =
        em.createQuery(
            "select s.templateVersionId from Assignment s where s.id = :assignment"
                + (coach == null ? "" : COACHES),
            String.class);
    query.setParameter("assignment", assignmentId);
    if (coach != null) {
      query.setParameter("coach", coach);
    }
    return query.getResultStream().filter(Objects::nonNull).findFirst();
  }

  private static String where(Criteria c) {
    StringBuilder q =
        new StringBuilder(
            " from Attempt a left join Review r on r.attemptId = a.id"
                + " where a.status = app.coachroom.attempt.domain.AttemptStatus.SUBMITTED");
    if (c.assignments() != null) {
      q.append(" and a.assignmentId in :assignments");
    }
    q.append(" and a.templateVersionId not in").append(TAKEN);
    if (c.state() == QueueState.TO_GRADE) {
      q.append(" and r.id is null");
    } else if (c.state() != null) {
      q.append(" and r.status = :status");
    }
    if (c.lateOnly()) {
      // whether an attempt at an assignment that hides identities is late stays hidden too
      q.append(
          " and a.late = true and a.assignmentId not in (select h.id from Assignment h"
              + " where h.anonymousGrading = true and h.identitiesRevealedAt is null)");
    }
    if (c.holder() != null) {
      q.append(" and r.claimedBy = :holder");
    }
    if (c.question() != null) {
      q.append(
          " and (r.id is null or exists (select x.id from ReviewAnswer x where x.review = r"
              + " and x.position = :question and x.handGraded = false))");
    }
    return q.toString();
  }

  private static void bind(TypedQuery<?> query, Criteria c) {
    if (c.assignments() != null) {
      query.setParameter("assignments", c.assignments());
    }
    query.setParameter("taker", c.taker());
    if (c.holder() != null) {
      query.setParameter("holder", c.holder());
    }
    if (c.question() != null) {
      query.setParameter("question", c.question());
    }
    if (c.state() != null && c.state() != QueueState.TO_GRADE) {
      query.setParameter("status", ReviewStatus.valueOf(c.state().name()));
    }
  }
}
