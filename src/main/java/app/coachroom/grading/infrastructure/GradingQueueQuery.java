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
   * A page of rows: attempt ID, student, number, handed in at, late, assignment ID, review status,
   * points, max points, held by.
   *
   * @param assignments only attempts at these assignments; null for every attempt of the bootcamp
   * @param holder only reviews this subject holds; null for anyone's (or none)
   * @param question only attempts whose answer at this position is not hand-graded; null for all
   */
  public List<Object[]> page(
      Collection<String> assignments,
      QueueState state,
      boolean lateOnly,
      String holder,
      Integer question,
      int first,
      int size) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select a.id, a.subject, a.number, a.submittedAt, a.late, a.assignmentId,"
                + " r.status, r.points, r.maxPoints, r.claimedBy"
                + where(assignments, state, lateOnly, holder, question)
                + " order by a.submittedAt, a.id",
            Object[].class);
    bind(query, assignments, state, holder, question);
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  public long count(
      Collection<String> assignments,
      QueueState state,
      boolean lateOnly,
      String holder,
      Integer question) {
    TypedQuery<Long> query =
        em.createQuery(
            "select count(a)" + where(assignments, state, lateOnly, holder, question), Long.class);
    bind(query, assignments, state, holder, question);
    return query.getSingleResult();
  }

  /**
   * The interview assignments of the coach's cohorts (every cohort for null), to filter the queue
   * by: assignment ID, title, cohort ID, cohort name, whether it grades anonymously; by cohort
   * name, then title.
   */
  public List<Object[]> assignments(String coach) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select s.id, s.title, c.id, c.name, s.anonymousGrading from Assignment s"
                + " join Cohort c on c.id = s.cohortId"
                + " where s.kind = app.coachroom.assignment.domain.AssignmentKind.INTERVIEW"
                + (coach == null ? "" : COACHES)
                + " order by c.name, s.title, s.id",
            Object[].class);
    if (coach != null) {
      query.setParameter("coach", coach);
    }
    return query.getResultList();
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

  private static String where(
      Collection<String> assignments,
      QueueState state,
      boolean lateOnly,
      String holder,
      Integer question) {
    StringBuilder q =
        new StringBuilder(
            " from Attempt a left join Review r on r.attemptId = a.id"
                + " where a.status = app.coachroom.attempt.domain.AttemptStatus.SUBMITTED");
    if (assignments != null) {
      q.append(" and a.assignmentId in :assignments");
    }
    if (state == QueueState.TO_GRADE) {
      q.append(" and r.id is null");
    } else if (state != null) {
      q.append(" and r.status = :status");
    }
    if (lateOnly) {
      q.append(" and a.late = true");
    }
    if (holder != null) {
      q.append(" and r.claimedBy = :holder");
    }
    if (question != null) {
      q.append(
          " and (r.id is null or exists (select x.id from ReviewAnswer x where x.review = r"
              + " and x.position = :question and x.handGraded = false))");
    }
    return q.toString();
  }

  private static void bind(
      TypedQuery<?> query,
      Collection<String> assignments,
      QueueState state,
      String holder,
      Integer question) {
    if (assignments != null) {
      query.setParameter("assignments", assignments);
    }
    if (holder != null) {
      query.setParameter("holder", holder);
    }
    if (question != null) {
      query.setParameter("question", question);
    }
    if (state != null && state != QueueState.TO_GRADE) {
      query.setParameter("status", ReviewStatus.valueOf(state.name()));
    }
  }
}
