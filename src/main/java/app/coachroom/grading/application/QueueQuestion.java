package app.coachroom.grading.application;

import java.io.Serializable;

/** A question of an assignment the grading queue can be narrowed to: its position and title. */
public record QueueQuestion(int position, String title) implements Serializable {

  /** Its number as people count (from 1). */
  public int number() {
    return position + 1;
  }
}
