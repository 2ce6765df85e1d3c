package app.coachroom.grading.application;

import app.coachroom.shared.domain.InterviewStage;
import java.time.Instant;
import java.util.List;

/**
 * What one attempt's released review says about its student's competencies.
 *
 * @param templateId the interview template the assignment gives
 * @param title the assignment's title
 * @param evidence each piece: a rubric criterion tied to a competency (the level's points of the
 *     criterion's maximum), or an automatically scored answer for each competency its question is
 *     tagged with (its points of its maximum)
 * @param notes the coach's comments on answers, each under every competency the answer speaks to
 */
public record AttemptEvidence(
    String attemptId,
    String student,
    String cohortId,
    String assignmentId,
    String templateId,
    String title,
    InterviewStage stage,
    Instant handedInAt,
    List<Piece> evidence,
    List<Note> notes) {

  public AttemptEvidence {
    evidence = List.copyOf(evidence);
    notes = List.copyOf(notes);
  }

  /** A comment on the answer at {@code position} (0-based), under one competency. */
  public record Note(int position, String competencyId, String comment) {}

  /** One piece of evidence: points of a maximum (its weight) for a competency. */
  public record Piece(String competencyId, int points, int maxPoints) {}
}
