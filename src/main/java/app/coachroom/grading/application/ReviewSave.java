package app.coachroom.grading.application;

import java.io.Serializable;

/**
 * What a save of a review did: saved, or refused as a conflict because another save came first (the
 * review returned is then the stored one, to show beside what the coach was saving).
 */
public record ReviewSave(Outcome outcome, ReviewView review) implements Serializable {

  public enum Outcome {
    SAVED,
    CONFLICT
  }

  public boolean isConflict() {
    return outcome == Outcome.CONFLICT;
  }
}
