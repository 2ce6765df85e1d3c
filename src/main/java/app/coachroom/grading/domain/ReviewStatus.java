package app.coachroom.grading.domain;

/**
 * Where a review stands. An attempt handed in without a review is waiting to be graded; a review is
 * in progress until every criterion of every answer has a level, then graded; released, its results
 * are the student's to read.
 */
public enum ReviewStatus {
  IN_PROGRESS,
  GRADED,
  RELEASED
}
