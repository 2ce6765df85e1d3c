package app.coachroom.assignment.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * One student's timing of an assignment: opening time, due time (the student's extension if they
 * have one), late policy and grace period. The grace period is a tolerance: work that arrives
 * within it counts as on time; after it, the late policy decides.
 */
public record Deadline(Instant opensAt, Instant dueAt, LatePolicy latePolicy, Duration grace) {

  public Window windowAt(Instant now) {
    if (now.isBefore(opensAt)) {
      return Window.NOT_OPEN;
    }
    if (now.isBefore(dueAt)) {
      return Window.OPEN;
    }
    if (now.isBefore(lateAfter())) {
      return Window.GRACE;
    }
    return latePolicy == LatePolicy.ACCEPT_LATE ? Window.LATE : Window.CLOSED;
  }

  /** Whether work handed in at that moment counts as late (it may still be refused). */
  public boolean isLate(Instant submittedAt) {
    return !submittedAt.isBefore(lateAfter());
  }

  /** From this moment on, work is late (or refused). */
  public Instant lateAfter() {
    return dueAt.plus(grace);
  }

  /** Time until the due time; zero once it has passed. */
  public Duration timeLeft(Instant now) {
    return now.isBefore(dueAt) ? Duration.between(now, dueAt) : Duration.ZERO;
  }
}
