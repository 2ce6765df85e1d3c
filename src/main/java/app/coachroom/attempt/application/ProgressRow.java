package app.coachroom.attempt.application;

import app.coachroom.attempt.domain.Progress;
import java.io.Serializable;
import java.time.Instant;

/**
 * One student of an assigned interview, for the coach: their state and attempts.
 *
 * @param dueAt their own due time (extension included), the assignment's while it hides identities
 * @param progress late hand-ins show as handed in while the assignment hides identities
 * @param attempts how many attempts they began; 0 while the assignment hides identities
 * @param lastHandedIn when they last handed in; null also while the assignment hides identities
 *     (the time would tell whose attempt in the grading queue is whose)
 */
public record ProgressRow(
    String subject,
    String name,
    Instant dueAt,
    Progress progress,
    int attempts,
    Instant lastHandedIn)
    implements Serializable {}
