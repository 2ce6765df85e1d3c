package app.coachroom.grading.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When an attempt was handed in, as graders may see it: to the minute and whether it was late, or,
 * while the assignment hides identities, only the day (an exact time or a late flag would tell
 * whose attempt it is).
 *
 * @param at the exact time, null while hidden
 * @param day the day in the bootcamp's timezone
 * @param late whether it came after the due time; false while hidden
 */
public record HandedIn(Instant at, LocalDate day, boolean late) implements Serializable {

  static HandedIn of(Instant at, boolean late, boolean hidden, ZoneId zone) {
    LocalDate day = at.atZone(zone).toLocalDate();
    return hidden ? new HandedIn(null, day, false) : new HandedIn(at, day, late);
  }

  /** Whether the exact time is known. */
  public boolean exact() {
    return at != null;
  }
}
