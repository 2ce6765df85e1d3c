package app.coachroom.assignment.domain;

/** What is assigned: a timed mock interview, or a course to study. */
public enum AssignmentKind {
  INTERVIEW,
  COURSE
}
