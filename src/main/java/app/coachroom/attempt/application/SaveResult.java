package app.coachroom.attempt.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * The outcome of an autosave. Only SAVED means the answer is stored; the others change nothing and
 * carry a message for the student.
 *
 * @param revision the stored answer's revision after the save (the newer one on a conflict)
 */
public record SaveResult(
    Outcome outcome, int revision, Instant savedAt, String messageKey, ClockView clock)
    implements Serializable {

  /** What became of a save. */
  public enum Outcome {
    SAVED,
    /** Another tab saved a newer answer; this one was not stored. */
    CONFLICT,
    /** The question's or the attempt's time is over, or it was handed in. */
    CLOSED
  }

  static SaveResult saved(int revision, Instant at, ClockView clock) {
    return new SaveResult(Outcome.SAVED, revision, at, null, clock);
  }

  static SaveResult conflict(int revision, ClockView clock) {
    return new SaveResult(Outcome.CONFLICT, revision, null, "attempt.save.conflict", clock);
  }

  static SaveResult closed(String messageKey, ClockView clock) {
    return new SaveResult(Outcome.CLOSED, 0, null, messageKey, clock);
  }
}
