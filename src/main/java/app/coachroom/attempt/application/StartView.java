package app.coachroom.attempt.application;

import app.coachroom.assignment.domain.LatePolicy;
import app.coachroom.assignment.domain.Window;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a student reads before starting: the interview, its times with their own extra time, their
 * deadline and attempts, and whether they can start (or resume) now.
 *
 * @param inProgressId the attempt to resume, or null
 * @param refusalKey why a new attempt cannot be started (message key), or null
 */
public record StartView(
    String assignmentId,
    String title,
    String cohortName,
    String instructions,
    List<QuestionView> questions,
    int overallSeconds,
    BigDecimal timeMultiplier,
    Instant opensAt,
    Instant dueAt,
    Instant lateAfter,
    LatePolicy latePolicy,
    Window window,
    int attemptsAllowed,
    List<AttemptRow> attempts,
    String inProgressId,
    String refusalKey)
    implements Serializable {

  public boolean canStart() {
    return inProgressId == null && refusalKey == null;
  }

  public boolean hasExtraTime() {
    return timeMultiplier.compareTo(BigDecimal.ONE) > 0;
  }

  public int attemptsLeft() {
    return Math.max(0, attemptsAllowed - attempts.size());
  }

  /** True when a new attempt would be cut short at the late cut-off. */
  public boolean cutShort(Instant now) {
    return latePolicy == LatePolicy.REFUSE && now.plusSeconds(overallSeconds).isAfter(lateAfter);
  }

  public int overallMinutes() {
    return (overallSeconds + 59) / 60;
  }
}
