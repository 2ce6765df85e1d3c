package app.coachroom.grading.application;

import static app.coachroom.identity.Role.STUDENT;

import app.coachroom.attempt.application.AttemptService;
import app.coachroom.attempt.application.HandedInAttempt;
import app.coachroom.grading.domain.Review;
import app.coachroom.grading.domain.ReviewStatus;
import app.coachroom.grading.infrastructure.ReviewRepository;
import app.coachroom.identity.RequiresRole;
import app.coachroom.interviewtemplate.application.FrozenInterviews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * A student's feedback on one of their own handed-in attempts: present once its review is released,
 * absent before (nothing of a review in progress, graded or taken back reaches the student);
 * another person's attempt is not found.
 */
@ApplicationScoped
@Transactional
@RequiresRole(STUDENT)
public class Feedback {
  @Inject AttemptService attempts;
  @Inject ReviewRepository reviews;
  @Inject FrozenInterviews interviews;
  @Inject FeedbackViews views;

  public Optional<FeedbackView> released(@NotNull String attemptId) {
    HandedInAttempt attempt = attempts.handedIn(attemptId);
    Review review =
        reviews.forAttempt(attemptId).filter(r -> r.status() == ReviewStatus.RELEASED).orElse(null);
    if (review == null) {
      return Optional.empty();
    }
    return Optional.of(views.of(interviews.version(attempt.templateVersionId()), review));
  }
}
