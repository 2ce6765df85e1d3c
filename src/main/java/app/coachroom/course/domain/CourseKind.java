package app.coachroom.course.domain;

/** What a course prepares for. */
public enum CourseKind {
  /** Prepares for one stage of the interview process (the course names which). */
  INTERVIEW_PREP,
  /** Teamwork, empathy, communication, adaptability, listening: no single stage. */
  SOFT_SKILL_CURRICULUM
}
