package app.coachroom.competency.domain;

/** Whether a competency is a soft skill (teamwork, listening) or a technical area (SQL). */
public enum CompetencyKind {
  SOFT_SKILL,
  TECHNICAL
}
