package app.coachroom.questionbank.domain;

/** How a spoken answer is recorded in the browser. */
public enum AnswerMedia {
  AUDIO,
  VIDEO
}
