package app.coachroom.attempt.domain;

import java.time.Instant;
import java.util.Collection;

/** Where one student stands with one assigned interview, for the coach's overview. */
public enum Progress {
  /** No attempt yet, and still in time. */
  NOT_STARTED,
  /** An attempt is running. */
  IN_PROGRESS,
  /** Handed in by the late cut-off. */
  SUBMITTED,
  /** Handed in, but only after the late cut-off. */
  LATE,
  /** No attempt, and the late cut-off is over. */
  MISSED;

  /**
   * A student's state from their attempts. Lateness is the attempt's own, judged against the
   * deadline it was sat under: any attempt handed in on time counts as submitted, and an attempt
   * whose time ran out counts as handed in at its end even before anyone opened it again. Without
   * an attempt, the student missed it once {@code lateAfter} (their own late cut-off) is over.
   */
  public static Progress of(Collection<Attempt> attempts, Instant lateAfter, Instant now) {
    boolean running = false;
    boolean late = false;
    for (Attempt a : attempts) {
      if (a.isSubmitted()) {
        if (!a.isLate()) {
          return SUBMITTED;
        }
        late = true;
      } else if (!now.isBefore(a.endsAt())) {
        if (!a.endsAt().isAfter(a.lateAfter())) {
          return SUBMITTED;
        }
        late = true;
      } else {
        running = true;
      }
    }
    if (running) {
      return IN_PROGRESS;
    }
    if (late) {
      return LATE;
    }
    return now.isBefore(lateAfter) ? NOT_STARTED : MISSED;
  }

  /** Whether the student has handed something in (on time or late). */
  public boolean handedIn() {
    return this == SUBMITTED || this == LATE;
  }
}
