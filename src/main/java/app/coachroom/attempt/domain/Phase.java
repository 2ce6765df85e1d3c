package app.coachroom.attempt.domain;

/** Where an attempt stands at a given moment, as the server's clock says. */
public enum Phase {
  /** Reading the current question; answers are not taken yet. */
  PREPARING,
  /** Answering the current question. */
  ANSWERING,
  /** Every question is behind; the student reviews and submits. */
  REVIEWING,
  /** The overall time is over: the attempt must be submitted with what was saved. */
  TIME_UP,
  SUBMITTED;

  public boolean isOpen() {
    return this == PREPARING || this == ANSWERING || this == REVIEWING;
  }
}
