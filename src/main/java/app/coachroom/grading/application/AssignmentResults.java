package app.coachroom.grading.application;

import java.io.Serializable;

/**
 * Where the handed-in attempts of one assignment stand in grading, for releasing its results.
 *
 * @param toGrade handed in, review not begun
 * @param graded graded in full and not released: what releasing the assignment releases
 */
public record AssignmentResults(
    String assignmentId, String title, long toGrade, long inProgress, long graded, long released)
    implements Serializable {

  /** How many are not graded in full (and so stay back when the assignment is released). */
  public long notGraded() {
    return toGrade + inProgress;
  }
}
