package app.coachroom.attempt.application;

import app.coachroom.tenancy.application.ActiveTenant;
import app.coachroom.tenancy.application.Caller;
import app.coachroom.tenancy.application.TenantDirectory;
import app.coachroom.tenancy.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass over every active bootcamp that hands in the attempts whose overall time is over and
 * that nobody opened again (a closed tab, a lost connection): so the coach's queue, the student's
 * history and the counts read them as handed in without waiting for someone to look. Each attempt
 * is handed in in a transaction of its own, exactly as opening it would; several servers may run
 * passes at once.
 */
@ApplicationScoped
public class TimeUpSweep {
  private static final Logger LOG = Logger.getLogger(TimeUpSweep.class.getName());

  /** Attempts read per query; a pass goes on while full batches come back, up to the cap. */
  static final int BATCH = 200;

  /** The most one pass hands in per bootcamp, so a pass stays short; the next one goes on. */
  static final int CAP_PER_TENANT = 2000;

  @Inject TenantDirectory directory;
  @Inject Sittings sittings;
  @Inject Caller caller;

  /** Runs one pass; returns how many attempts it handed in. */
  @ActivateRequestContext
  public int sweep() {
    int handedIn = 0;
    for (ActiveTenant tenant : directory.activeTenants()) {
      caller.actAsSystem(tenant, Set.of(Role.COACH));
      handedIn += sweepTenant(tenant);
    }
    return handedIn;
  }

  private int sweepTenant(ActiveTenant tenant) {
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
          LOG.log(Level.FINE, "Attempt " + id + " of " + tenant.alias() + " skipped", e);
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
