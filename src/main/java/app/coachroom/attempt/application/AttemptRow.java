package app.coachroom.attempt.application;

import app.coachroom.attempt.domain.AttemptStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * One attempt in a list: a student's history or the attempts at one assignment.
 *
 * @param autoPoints points of the automatically scored questions, when released (else null)
 */
public record AttemptRow(
    String id,
    String assignmentId,
    String assignmentTitle,
    int number,
    Instant startedAt,
    Instant endsAt,
    AttemptStatus status,
    Instant submittedAt,
    boolean late,
    Integer autoPoints,
    Integer autoMax)
    implements Serializable {

  public boolean isSubmitted() {
    return status == AttemptStatus.SUBMITTED;
  }

  public boolean hasScore() {
    return autoPoints != null && autoMax != null && autoMax > 0;
  }
}
