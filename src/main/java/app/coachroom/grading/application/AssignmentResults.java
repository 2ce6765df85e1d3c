package app.coachroom.grading.application;

import java.io.Serializable;

/**
 * Where the handed-in attempts of one assignment stand in grading, for releasing its results.
 *
 * @param toGrade handed in, review not begun
 * @param graded graded in full and not released: what releasing the assignment releases
 * @param takenBack released once and taken back: they stay back until released one by one
 */
public record AssignmentResults(
    String assignmentId,
    String title,
    long toGrade,
    long inProgress,
    long graded,
    long released,
    long takenBack,
    boolean hidesIdentities,
    boolean mayReveal)
    implements Serializable {

  /** How many stay back when the assignment is released: not graded in full, or taken back. */
  public long notGraded() {
    return toGrade + inProgress + takenBack;
  }
}
