package app.coachroom.course.domain;

/** Whether students can read a course. */
public enum CourseStatus {
  DRAFT,
  PUBLISHED
}
