package app.coachroom.grading.infrastructure;

import app.coachroom.grading.domain.ReleaseNotice;
import app.coachroom.grading.domain.Review;
import app.coachroom.grading.domain.ReviewStatus;
import app.coachroom.grading.domain.ScoreChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reviews by attempt, and score history, in the caller's tenant (Hibernate adds the tenant). */
@ApplicationScoped
public class ReviewRepository {
  @PersistenceContext EntityManager em;

  public Optional<Review> forAttempt(String attemptId) {
    return em.createQuery("select r from Review r where r.attemptId = :attempt", Review.class)
        .setParameter("attempt", attemptId)
        .getResultStream()
        .findFirst();
  }

  /** The attempt's review, its row locked until the transaction ends: saves queue up behind it. */
  public Optional<Review> lockedForAttempt(String attemptId) {
    return em.createQuery("select r from Review r where r.attemptId = :attempt", Review.class)
        .setParameter("attempt", attemptId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The review's score history, in the order it was made. */
  public List<ScoreChange> history(String reviewId) {
    return em.createQuery(
            "select c from ScoreChange c where c.reviewId = :review order by c.seq",
            ScoreChange.class)
        .setParameter("review", reviewId)
        .getResultList();
  }

  /**
   * The reviews graded in full of an assignment's attempts, each with its student's subject, rows
   * locked until the transaction ends (releasing them all takes turns with single grading steps).
   */
  public List<Object[]> gradedOfAssignment(String assignmentId) {
    return em.createQuery(
            "select r, a.subject from Review r join Attempt a on a.id = r.attemptId"
                + " where a.assignmentId = :assignment"
                + " and r.status = app.coachroom.grading.domain.ReviewStatus.GRADED"
                + " order by a.submittedAt, a.id",
            Object[].class)
        .setParameter("assignment", assignmentId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /**
   * How many of an assignment's handed-in attempts are in each review state: not begun, in
   * progress, graded, released (in that order).
   */
  public long[] statesOfAssignment(String assignmentId) {
    List<Object[]> rows =
        em.createQuery(
                "select r.status, count(a) from Attempt a left join Review r on r.attemptId = a.id"
                    + " where a.assignmentId = :assignment"
                    + " and a.status = app.coachroom.attempt.domain.AttemptStatus.SUBMITTED"
                    + " group by r.status",
                Object[].class)
            .setParameter("assignment", assignmentId)
            .getResultList();
    long[] counts = new long[4];
    for (Object[] row : rows) {
      ReviewStatus status = (ReviewStatus) row[0];
      counts[status == null ? 0 : status.ordinal() + 1] += (Long) row[1];
    }
    return counts;
  }

  /** The reviews of an assignment's attempts, with their answers, by attempt ID. */
  public Map<String, Review> ofAssignment(String assignmentId) {
    return em
        .createQuery(
            "select distinct r from Review r left join fetch r.answers"
                + " join Attempt a on a.id = r.attemptId where a.assignmentId = :assignment",
            Review.class)
        .setParameter("assignment", assignmentId)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Review::attemptId, Function.identity(), (same, again) -> same));
  }

  public Optional<ReleaseNotice> notice(String attemptId) {
    return em.createQuery(
            "select n from ReleaseNotice n where n.attemptId = :attempt", ReleaseNotice.class)
        .setParameter("attempt", attemptId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Release notices waiting to go out (due, or failed and worth another try), each with whether its
   * results are still released; oldest first, at most {@code max}.
   */
  public List<Object[]> waitingNotices(int max) {
    return em.createQuery(
            "select n, r.status from ReleaseNotice n join Review r on r.attemptId = n.attemptId"
                + " where n.status = app.coachroom.grading.domain.ReleaseNotice.Status.DUE"
                + " or (n.status = app.coachroom.grading.domain.ReleaseNotice.Status.FAILED"
                + " and n.tries < :tries) order by n.createdAt, n.id",
            Object[].class)
        .setParameter("tries", ReleaseNotice.MAX_TRIES)
        .setMaxResults(max)
        .getResultList();
  }

  public List<ReleaseNotice> notices(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select n from ReleaseNotice n where n.id in :ids", ReleaseNotice.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public void add(Object row) {
    em.persist(row);
  }

  public void flush() {
    em.flush();
  }
}
