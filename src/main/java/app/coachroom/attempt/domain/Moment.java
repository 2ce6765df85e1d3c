package app.coachroom.attempt.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The server's view of an attempt at one instant.
 *
 * @param position the current question (0-based); the number of questions while reviewing
 * @param positionStartedAt when the current question's preparation began
 * @param phaseEndsAt when the current phase ends (never after the attempt's end); null once over
 * @param endsAt when the whole attempt ends
 */
public record Moment(
    Phase phase,
    int position,
    Instant positionStartedAt,
    Instant phaseEndsAt,
    Instant endsAt,
    Instant now) {

  /** Seconds left in the current phase, rounded up; zero once over. */
  public long phaseSecondsLeft() {
    return secondsUntil(phaseEndsAt);
  }

  /** Seconds left of the whole attempt, rounded up; zero once over. */
  public long secondsLeft() {
    return phase.isOpen() ? secondsUntil(endsAt) : 0;
  }

  private long secondsUntil(Instant end) {
    if (end == null || !now.isBefore(end)) {
      return 0;
    }
    Duration left = Duration.between(now, end);
    return left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
  }
}
