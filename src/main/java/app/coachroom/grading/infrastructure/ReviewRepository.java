package app.coachroom.grading.infrastructure;

import app.coachroom.grading.domain.Review;
import app.coachroom.grading.domain.ScoreChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

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

  public void add(Object row) {
    em.persist(row);
  }

  public void flush() {
    em.flush();
  }
}
