package app.coachroom.grading.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.assignment.application.AssignmentView;
import app.coachroom.attempt.application.AttemptOverview;
import app.coachroom.attempt.application.HandedInAttempt;
import app.coachroom.grading.domain.AnswerGrade;
import app.coachroom.grading.domain.Grading;
import app.coachroom.grading.domain.Review;
import app.coachroom.grading.domain.ReviewStatus;
import app.coachroom.grading.infrastructure.ReviewRepository;
import app.coachroom.identity.RequiresRole;
import app.coachroom.interviewtemplate.application.FrozenInterview;
import app.coachroom.interviewtemplate.application.FrozenInterviews;
import app.coachroom.rubric.domain.RubricContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The evidence released reviews give about students' competencies: only released results, and of an
 * anonymously graded assignment only once its identities are revealed. Callers are those who grade
 * the attempt's cohort (the evidence follows their grading actions) or tenant admins.
 */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH})
public class ReleasedEvidence {
  @Inject ReviewRepository reviews;
  @Inject AttemptOverview attempts;
  @Inject AssignmentService assignments;
  @Inject FrozenInterviews interviews;

  /** The attempt's evidence, or empty when its results are not released or not to be counted. */
  public Optional<AttemptEvidence> of(String attemptId) {
    Review review = reviews.forAttempt(attemptId).orElse(null);
    if (review == null || review.status() != ReviewStatus.RELEASED) {
      return Optional.empty();
    }
    HandedInAttempt attempt = attempts.handedIn(attemptId);
    AssignmentView assignment = assignments.find(attempt.assignmentId());
    if (assignment.hidesIdentities()) {
      return Optional.empty();
    }
    FrozenInterview interview = interviews.version(attempt.templateVersionId());
    return Optional.of(
        new AttemptEvidence(
            attemptId,
            attempt.subject(),
            assignment.cohortId(),
            assignment.id(),
            assignment.targetId(),
            assignment.title(),
            interview.stage(),
            attempt.submittedAt(),
            pieces(interview, review),
            notes(interview, review)));
  }

  /** The attempts at the assignment whose results are released, in ID order. */
  public List<String> releasedAttempts(String assignmentId) {
    return reviews.releasedOfAssignment(assignmentId);
  }

  /** Every attempt of the bootcamp whose results are released, in ID order (for a rebuild). */
  public List<String> releasedAttempts() {
    return reviews.released();
  }

  /**
   * The comments on answers, each under the competencies the answer speaks to: its rubric's
   * criteria's, or its question's tags when it is scored automatically.
   */
  private static List<AttemptEvidence.Note> notes(FrozenInterview interview, Review review) {
    List<AttemptEvidence.Note> notes = new ArrayList<>();
    for (int i = 0; i < interview.items().size(); i++) {
      FrozenInterview.Item item = interview.items().get(i);
      RubricContent rubric = item.rubric();
      String comment = review.grade(i, rubric == null ? 0 : rubric.criteria().size()).comment();
      if (comment == null || comment.isBlank()) {
        continue;
      }
      List<String> competencies =
          rubric == null
              ? item.question().competencyIds()
              : rubric.criteria().stream()
                  .map(RubricContent.Criterion::competencyId)
                  .filter(Objects::nonNull)
                  .distinct()
                  .toList();
      for (String competency : competencies) {
        notes.add(new AttemptEvidence.Note(i, competency, comment));
      }
    }
    return notes;
  }

  private static List<AttemptEvidence.Piece> pieces(FrozenInterview interview, Review review) {
    List<AttemptEvidence.Piece> pieces = new ArrayList<>();
    for (int i = 0; i < interview.items().size(); i++) {
      FrozenInterview.Item item = interview.items().get(i);
      RubricContent rubric = item.rubric();
      if (rubric == null) {
        int points = review.answerPoints(i);
        for (String competency : item.question().competencyIds()) {
          pieces.add(new AttemptEvidence.Piece(competency, points, Grading.AUTO_MAX));
        }
        continue;
      }
      AnswerGrade grade = review.grade(i, rubric.criteria().size());
      for (int c = 0; c < rubric.criteria().size(); c++) {
        RubricContent.Criterion criterion = rubric.criteria().get(c);
        Integer points = grade.levels().get(c);
        if (criterion.competencyId() != null && points != null && criterion.maxPoints() > 0) {
          pieces.add(
              new AttemptEvidence.Piece(criterion.competencyId(), points, criterion.maxPoints()));
        }
      }
    }
    return pieces;
  }
}
