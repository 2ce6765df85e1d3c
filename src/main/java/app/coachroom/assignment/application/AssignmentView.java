package app.coachroom.assignment.application;

import app.coachroom.assignment.domain.AssignmentKind;
import app.coachroom.assignment.domain.LatePolicy;
import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.assignment.domain.Window;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * An assignment as its coach sees it; the local times are the bootcamp's wall clock (for editing),
 * the version guards against overwriting a newer edit.
 *
 * @param targetId the template or the course
 * @param versionNumber the frozen template version, null for a course
 * @param anonymous coaches grade without names until identities are revealed
 * @param revealedAt when someone revealed the identities of an anonymous assignment, else null
 * @param window where the assignment stands now for a student without an extension
 */
public record AssignmentView(
    String id,
    String cohortId,
    AssignmentKind kind,
    String title,
    String targetId,
    Integer versionNumber,
    Instant opensAt,
    Instant dueAt,
    LocalDateTime opensLocal,
    LocalDateTime dueLocal,
    int attemptsAllowed,
    LatePolicy latePolicy,
    int graceMinutes,
    ResultRelease release,
    boolean anonymous,
    Instant revealedAt,
    Window window,
    long version)
    implements Serializable {

  /** Whether graders do not learn whose attempt they grade: anonymous and not revealed yet. */
  public boolean hidesIdentities() {
    return anonymous && revealedAt == null;
  }

  public boolean isInterview() {
    return kind == AssignmentKind.INTERVIEW;
  }
}
