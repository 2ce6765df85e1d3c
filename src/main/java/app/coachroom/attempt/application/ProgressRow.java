package app.coachroom.attempt.application;

import app.coachroom.attempt.domain.Progress;
import java.io.Serializable;
import java.time.Instant;

/**
 * One student of an assigned interview, for the coach: their state and attempts.
 *
 * @param dueAt their own due time (extension included)
 * @param lastAttemptId their most recent attempt, or null
 */
public record ProgressRow(
    String subject,
    String name,
    Instant dueAt,
    Progress progress,
    int attempts,
    String lastAttemptId,
    Instant lastHandedIn)
    implements Serializable {}
