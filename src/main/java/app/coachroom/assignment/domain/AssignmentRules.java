package app.coachroom.assignment.domain;

import app.coachroom.shared.domain.RuleViolationException;
import java.time.Duration;
import java.time.Instant;

/**
 * When an assignment is open and how strictly it is due. Course assignments use only the times
 * (they have no attempts, nothing is late and nothing is graded).
 *
 * @param graceMinutes how long after the due time work still counts as on time
 * @param anonymous coaches grade without seeing whose attempt it is until results are released
 */
public record AssignmentRules(
    Instant opensAt,
    Instant dueAt,
    int attemptsAllowed,
    LatePolicy latePolicy,
    int graceMinutes,
    ResultRelease release,
    boolean anonymous) {
  public static final int MAX_ATTEMPTS = 10;
  public static final int MAX_GRACE_MINUTES = 7 * 24 * 60;

  /** The rules of a course to study: times only. */
  public static AssignmentRules forCourse(Instant opensAt, Instant dueAt) {
    return new AssignmentRules(
        opensAt, dueAt, 1, LatePolicy.ACCEPT_LATE, 0, ResultRelease.AUTOMATIC, false);
  }

  /** Refuses with the first problem found; a due time must still be ahead at {@code now}. */
  public AssignmentRules checked(Instant now) {
    if (opensAt == null) {
      throw new RuleViolationException("opensAt", "assignment.time.required");
    }
    if (dueAt == null) {
      throw new RuleViolationException("dueAt", "assignment.time.required");
    }
    if (!dueAt.isAfter(opensAt)) {
      throw new RuleViolationException("dueAt", "assignment.due.beforeOpen");
    }
    if (!dueAt.isAfter(now)) {
      throw new RuleViolationException("dueAt", "assignment.due.past");
    }
    if (attemptsAllowed < 1 || attemptsAllowed > MAX_ATTEMPTS) {
      throw new RuleViolationException("attempts", "assignment.attempts.range", MAX_ATTEMPTS);
    }
    if (latePolicy == null) {
      throw new RuleViolationException("latePolicy", "assignment.latePolicy.required");
    }
    if (graceMinutes < 0 || graceMinutes > MAX_GRACE_MINUTES) {
      throw new RuleViolationException("grace", "assignment.grace.range", MAX_GRACE_MINUTES / 60);
    }
    if (release == null) {
      throw new RuleViolationException("release", "assignment.release.required");
    }
    return this;
  }

  public Duration grace() {
    return Duration.ofMinutes(graceMinutes);
  }
}
