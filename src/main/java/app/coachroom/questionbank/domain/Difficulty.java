package app.coachroom.questionbank.domain;

public enum Difficulty {
  EASY,
  MEDIUM,
  HARD
}
