package app.coachroom.grading.application;

import app.coachroom.grading.domain.QueueState;
import java.io.Serializable;
import java.time.Duration;

/**
 * One handed-in attempt in the grading queue.
 *
 * @param student the student's subject; null (and no name) while grading is anonymous
 * @param anonymousAs what the student is called while grading is anonymous, else null
 * @param points the review's total so far, or null while no review is begun
 * @param heldBy the subject of the coach holding its review, or null
 * @param waiting how long since it was handed in
 */
public record QueueRow(
    String attemptId,
    String student,
    String studentName,
    String anonymousAs,
    String cohortName,
    String assignmentTitle,
    int attemptNumber,
    HandedIn handedIn,
    QueueState state,
    Integer points,
    Integer maxPoints,
    String heldBy,
    String heldByName,
    Duration waiting)
    implements Serializable {}
