package app.coachroom.shared.domain;

/**
 * The stages of a typical backend interview process, in order. Questions, courses and mock
 * interview templates say which stage they prepare for.
 */
public enum InterviewStage {
  APPLICATION_SCREEN,
  TECHNICAL_SCREEN,
  TECHNICAL_INTERVIEW,
  BEHAVIOURAL,
  FINAL
}
