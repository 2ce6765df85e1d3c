package app.coachroom.grading.application;

import app.coachroom.attempt.application.TakenBack;
import app.coachroom.grading.infrastructure.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Set;

/** Tells the student's pages which results a coach took back (in one statement per page). */
@ApplicationScoped
@Transactional
public class TakenBackReviews implements TakenBack {
  @Inject ReviewRepository reviews;

  @Override
  public Set<String> among(Collection<String> attemptIds) {
    return Set.copyOf(reviews.takenBack(attemptIds));
  }
}
