package app.coachroom.attempt.domain;

/** One question's preparation and answer time for one student (extra time applied), in seconds. */
public record QuestionTime(int prepSeconds, int answerSeconds) {
  public QuestionTime {
    if (prepSeconds < 0 || answerSeconds <= 0) {
      throw new IllegalArgumentException("Times must be positive");
    }
  }
}
