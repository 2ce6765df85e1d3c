package app.coachroom.assignment.application;

import app.coachroom.assignment.domain.AssignmentKind;
import app.coachroom.assignment.domain.LatePolicy;
import app.coachroom.assignment.domain.ResultRelease;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An assignment as a coach enters it, times on the bootcamp's wall clock.
 *
 * @param targetId the template (for an interview) or the course (to study)
 * @param anonymous grade without names until results are released (interviews only)
 */
public record AssignmentInput(
    AssignmentKind kind,
    String targetId,
    LocalDateTime opensAt,
    LocalDateTime dueAt,
    int attemptsAllowed,
    LatePolicy latePolicy,
    int graceMinutes,
    ResultRelease release,
    boolean anonymous)
    implements Serializable {}
