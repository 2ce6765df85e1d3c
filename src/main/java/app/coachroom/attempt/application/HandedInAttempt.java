package app.coachroom.attempt.application;

import app.coachroom.attempt.domain.Attempt;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * A handed-in attempt as its reviewer needs it: whose it is, the template version it sat, and the
 * points scored automatically per question position (only questions scored and answered; empty when
 * the student reads their own attempt).
 */
public record HandedInAttempt(
    String id,
    String assignmentId,
    String subject,
    int number,
    String templateVersionId,
    Instant submittedAt,
    boolean late,
    Map<Integer, Integer> autoPoints)
    implements Serializable {

  public HandedInAttempt {
    autoPoints = Map.copyOf(autoPoints);
  }

  static HandedInAttempt of(Attempt attempt, Map<Integer, Integer> autoPoints) {
    return new HandedInAttempt(
        attempt.id(),
        attempt.assignmentId(),
        attempt.subject(),
        attempt.number(),
        attempt.templateVersionId(),
        attempt.submittedAt(),
        attempt.isLate(),
        autoPoints);
  }
}
