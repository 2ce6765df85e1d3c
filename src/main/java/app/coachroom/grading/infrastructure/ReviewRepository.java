package app.coachroom.grading.infrastructure;

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

  /** Those of these attempts whose review was released and taken back, and is not out again. */
  public List<String> takenBack(Collection<String> attemptIds) {
    if (attemptIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r.attemptId from Review r where r.attemptId in :attempts"
                + " and r.takenBack = true and r.status <> :released",
            String.class)
        .setParameter("attempts", attemptIds)
        .setParameter("released", ReviewStatus.RELEASED)
        .getResultList();
  }

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
   * The attempts of an assignment whose review is graded in full and not released (nor taken back:
   * those stay back until released by hand), in ID order; nothing locked.
   */
  public List<String> gradedOfAssignment(String assignmentId) {
    return em.createQuery(
            "select r.attemptId from Review r join Attempt a on a.id = r.attemptId"
                + " where a.assignmentId = :assignment"
                + " and r.status = app.coachroom.grading.domain.ReviewStatus.GRADED"
                + " and r.takenBack = false order by r.attemptId",
            String.class)
        .setParameter("assignment", assignmentId)
        .getResultList();
  }

  /** The attempts of an assignment whose results are released, in ID order; nothing locked. */
  public List<String> releasedOfAssignment(String assignmentId) {
    return em.createQuery(
            "select r.attemptId from Review r join Attempt a on a.id = r.attemptId"
                + " where a.assignmentId = :assignment"
                + " and r.status = app.coachroom.grading.domain.ReviewStatus.RELEASED"
                + " order by r.attemptId",
            String.class)
        .setParameter("assignment", assignmentId)
        .getResultList();
  }

  /** Every attempt of the tenant whose results are released, in ID order; nothing locked. */
  public List<String> released() {
    return em.createQuery(
            "select r.attemptId from Review r"
                + " where r.status = app.coachroom.grading.domain.ReviewStatus.RELEASED"
                + " order by r.attemptId",
            String.class)
        .getResultList();
  }

  /**
   * How many of an assignment's handed-in attempts are in each state: not begun, in progress,
   * graded, released, taken back (graded, released once and taken back; in that order).
   */
  public long[] statesOfAssignment(String assignmentId) {
    List<Object[]> rows =
        em.createQuery(
                "select r.status, r.takenBack, count(a) from Attempt a"
                    + " left join Review r on r.attemptId = a.id"
                    + " where a.assignmentId = :assignment"
                    + " and a.status = app.coachroom.attempt.domain.AttemptStatus.SUBMITTED"
                    + " group by r.status, r.takenBack",
                Object[].class)
            .setParameter("assignment", assignmentId)
            .getResultList();
    long[] counts = new long[5];
    for (Object[] row : rows) {
      ReviewStatus status = (ReviewStatus) row[0];
      boolean takenBack = Boolean.TRUE.equals(row[1]);
      int bucket =
          status == null
              ? 0
              : status == ReviewStatus.GRADED && takenBack ? 4 : status.ordinal() + 1;
      counts[bucket] += (Long) row[2];
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

  /** The assignment of an attempt, read without locking it (for the results e-mail). */
  public Optional<String> assignmentOf(String attemptId) {
    return em.createQuery(
            "select a.assignmentId from Attempt a where a.id = :attempt", String.class)
        .setParameter("attempt", attemptId)
        .getResultStream()
        .findFirst();
  }

  public void add(Object row) {
    em.persist(row);
  }

  public void flush() {
    em.flush();
  }
}
