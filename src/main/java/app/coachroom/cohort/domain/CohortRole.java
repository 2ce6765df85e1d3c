package app.coachroom.cohort.domain;

/** What a person does in one cohort; the tenant role they need for it is checked on adding. */
public enum CohortRole {
  COACH,
  STUDENT
}
