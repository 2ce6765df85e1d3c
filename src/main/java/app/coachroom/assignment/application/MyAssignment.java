package app.coachroom.assignment.application;

import app.coachroom.assignment.domain.AssignmentKind;
import app.coachroom.assignment.domain.Window;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * One line of a student's dashboard: their own due time (extension included), where it stands and
 * how long is left.
 *
 * @param targetId the course to read, for a course assignment
 */
public record MyAssignment(
    String id,
    AssignmentKind kind,
    String title,
    String targetId,
    String cohortName,
    Instant opensAt,
    Instant dueAt,
    boolean extended,
    Window window,
    Duration timeLeft,
    int attemptsAllowed)
    implements Serializable {

  public boolean isCourse() {
    return kind == AssignmentKind.COURSE;
  }
}
