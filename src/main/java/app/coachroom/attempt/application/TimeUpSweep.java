package app.coachroom.attempt.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands in the active bootcamp's attempts whose overall time is over and that nobody opened again
 * (a closed tab, a lost connection): so the coach's queue, the student's history and the counts
 * read them as handed in without waiting for someone to look. Each attempt is handed in in a
 * transaction of its own, exactly as opening it would; several servers may run passes at once. Run
 * by the time-up job (jobs/Jobs).
 */
@ApplicationScoped
public class TimeUpSweep {
  private static final Logger LOG = Logger.getLogger(TimeUpSweep.class.getName());

  /** Attempts read per query; a pass goes on while full batches come back, up to the cap. */
  static final int BATCH = 200;

  /** The most one pass hands in per bootcamp, so a pass stays short; the next one goes on. */
  static final int CAP_PER_TENANT = 2000;

  @Inject Sittings sittings;

  /** Runs one pass in the active bootcamp; returns how many attempts it handed in. */
  public int sweep() {
    int handedIn = 0;
    int seen = 0;
    List<String> batch;
    do {
      batch = sittings.timeUpIds(BATCH);
      int before = handedIn;
      for (String id : batch) {
        try {
          if (sittings.handInIfTimeUp(id)) {
            handedIn++;
          }
        } catch (RuntimeException e) {
          // most often another server or the student's own request handed it in a moment earlier
          LOG.log(Level.FINE, "Attempt " + id + " skipped", e);
        }
      }
      seen += batch.size();
      if (handedIn == before) {
        // none of this batch could be handed in now: the next pass tries again
        break;
      }
    } while (batch.size() == BATCH && seen < CAP_PER_TENANT);
    return handedIn;
  }
}
