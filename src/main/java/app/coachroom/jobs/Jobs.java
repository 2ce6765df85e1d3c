package app.coachroom.jobs;

import app.coachroom.assignment.application.Reminders;
import app.coachroom.attempt.application.TimeUpSweep;
import app.coachroom.identity.Caller;
import app.coachroom.identity.Role;
import app.coachroom.outbox.application.OutboxSender;
import app.coachroom.tenancy.application.TenantDirectory;
import app.coachroom.tenancy.application.TenantDirectory.JobTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every periodic job of Coachroom, declared here and nowhere else: what it does in one bootcamp and
 * how often it runs (a setting each; 0 turns it off on this server). A pass of a job works through
 * every active bootcamp, acting as the system inside each; a bootcamp that fails does not stop the
 * others. Every server runs every job: the work itself is claimed in the database (outbox leases,
 * row locks, unique keys), so nothing is done twice.
 */
@ApplicationScoped
public class Jobs {
  private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

  public static final String TIME_UP = "time-up";
  public static final String REMINDERS = "reminders";
  public static final String OUTBOX = "outbox";

  @Inject TenantDirectory directory;
  @Inject Caller caller;
  @Inject TimeUpSweep timeUp;
  @Inject Reminders reminders;
  @Inject OutboxSender outbox;

  @Inject
  @ConfigProperty(name = "coachroom.attempts.time-up-every-seconds", defaultValue = "60")
  int timeUpSeconds;

  @Inject
  @ConfigProperty(name = "coachroom.reminders.every-minutes", defaultValue = "5")
  int reminderMinutes;

  @Inject
  @ConfigProperty(name = "coachroom.outbox.every-seconds", defaultValue = "60")
  int outboxSeconds;

  /** One job: its name, how often it runs, and what it does in one bootcamp. */
  public record Job(String name, Duration every, ToIntFunction<JobTenant> inTenant) {}

  public List<Job> all() {
    return List.of(
        // hands in attempts whose time is over and that nobody opened again
        new Job(TIME_UP, Duration.ofSeconds(timeUpSeconds), tenant -> timeUp.sweep()),
        // writes the reminders due now into the outbox
        new Job(
            REMINDERS,
            Duration.ofMinutes(reminderMinutes),
            tenant -> reminders.plan(tenant.reminderHours())),
        // sends the outbox's due mail
        new Job(OUTBOX, Duration.ofSeconds(outboxSeconds), tenant -> outbox.sendDue()));
  }

  /** Runs one pass of the named job now, in every active bootcamp; returns what it did in all. */
  @ActivateRequestContext
  public int run(String name) {
    Job job =
        all().stream()
            .filter(j -> j.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new NoSuchElementException("No job " + name));
    int done = 0;
    for (JobTenant tenant : directory.jobTenants()) {
      // the system works for the whole bootcamp: every cohort, as its admins may
      caller.actAsSystem(tenant.tenant(), Set.of(Role.COACH, Role.TENANT_ADMIN));
      try {
        done += job.inTenant().applyAsInt(tenant);
      } catch (RuntimeException e) {
        // most often another server did the same work a moment earlier; the next pass goes on
        String what =
            "Job " + name + ": bootcamp " + tenant.tenant().alias() + " skipped this pass";
        LOG.info(() -> what + " (" + e + ")");
        LOG.log(Level.FINE, what, e);
      }
    }
    return done;
  }
}
