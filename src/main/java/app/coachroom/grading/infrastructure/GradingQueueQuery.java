package app.coachroom.grading.infrastructure;

import app.coachroom.grading.domain.QueueState;
import app.coachroom.grading.domain.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The grading queue as one paged query: handed-in attempts with their assignment, cohort and review
 * (if begun), oldest first. It reads across features (attempts, assignments, cohorts, reviews)
 * because only the database can filter and page them together; it never writes. The count and the
 * page are two statements whatever the number of attempts.
 */
@ApplicationScoped
public class GradingQueueQuery {
  /** Only the cohorts the subject bound to :coach coaches. */
  private static final String COACHES =
      " and s.cohortId in (select m.cohortId from CohortMember m where m.subject = :coach"
          + " and m.role = app.coachroom.cohort.domain.CohortRole.COACH)";

  @PersistenceContext EntityManager em;

  /**
   * A page of rows: attempt ID, student, number, handed in at, late, assignment title, cohort name,
   * review status, points, max points, held by, whether the assignment grades anonymously.
   *
   * @param coach only the cohorts this subject coaches; null for every cohort
   * @param holder only reviews this subject holds; null for anyone's (or none)
   * @param question only attempts whose answer at this position is not hand-graded; null for all
   */
  public List<Object[]> page(
      String coach,
      String cohortId,
      String assignmentId,
      QueueState state,
      boolean lateOnly,
      String holder,
      Integer question,
      int first,
      int size) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select a.id, a.subject, a.number, a.submittedAt, a.late, s.title, c.name,"
                + " r.status, r.points, r.maxPoints, r.claimedBy, s.anonymousGrading"
                + where(coach, cohortId, assignmentId, state, lateOnly, holder, question)
                + " order by a.submittedAt, a.id",
            Object[].class);
    bind(query, coach, cohortId, assignmentId, state, holder, question);
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  public long count(
      String coach,
      String cohortId,
      String assignmentId,
      QueueState state,
      boolean lateOnly,
      String holder,
      Integer question) {
    TypedQuery<Long> query =
        em.createQuery(
            "select count(a)"
                + where(coach, cohortId, assignmentId, state, lateOnly, holder, question),
            Long.class);
    bind(query, coach, cohortId, assignmentId, state, holder, question);
    return query.getSingleResult();
  }

  /**
   * The interview assignments of the coach's cohorts (every cohort for null), to filter the queue
   * by: assignment ID, title, cohort ID, cohort name; by cohort name, then title.
   */
  public List<Object[]> assignments(String coach) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select s.id, s.title, c.id, c.name from Assignment s join Cohort c on c.id = s.cohortId"
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
      String coach,
      String cohortId,
      String assignmentId,
      QueueState state,
      boolean lateOnly,
      String holder,
      Integer question) {
    StringBuilder q =
        new StringBuilder(
            " from Attempt a join Assignment s on s.id = a.assignmentId"
                + " join Cohort c on c.id = s.cohortId"
                + " left join Review r on r.attemptId = a.id"
                + " where a.status = app.coachroom.attempt.domain.AttemptStatus.SUBMITTED");
    if (coach != null) {
      q.append(COACHES);
    }
    if (cohortId != null) {
      q.append(" and s.cohortId = :cohort");
    }
    if (assignmentId != null) {
      q.append(" and s.id = :assignment");
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
      String coach,
      String cohortId,
      String assignmentId,
      QueueState state,
      String holder,
      Integer question) {
    if (holder != null) {
      query.setParameter("holder", holder);
    }
    if (question != null) {
      query.setParameter("question", question);
    }
    if (coach != null) {
      query.setParameter("coach", coach);
    }
    if (cohortId != null) {
      query.setParameter("cohort", cohortId);
    }
    if (assignmentId != null) {
      query.setParameter("assignment", assignmentId);
    }
    if (state != null && state != QueueState.TO_GRADE) {
      query.setParameter("status", ReviewStatus.valueOf(state.name()));
    }
  }
}
