package app.coachroom.assignment.infrastructure;

import app.coachroom.assignment.application.ReminderSweep;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the reminder sweep every {@code coachroom.reminders.every-minutes} minutes (5 by default, 0
 * turns it off) on every server. The timer is not persistent: the database claims, not the timer,
 * make sure each reminder goes out once however many servers run it.
 */
@Singleton
@Startup
public class ReminderTimer {
  private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

  @Resource TimerService timers;
  @Inject ReminderSweep sweep;

  @Inject
  @ConfigProperty(name = "coachroom.reminders.every-minutes", defaultValue = "5")
  int everyMinutes;

  @PostConstruct
  void schedule() {
    if (everyMinutes > 0) {
      long interval = everyMinutes * 60_000L;
      timers.createIntervalTimer(interval, interval, new TimerConfig("reminders", false));
    }
  }

  @Timeout
  void run() {
    try {
      int sent = sweep.sweep();
      if (sent > 0) {
        LOG.info(() -> "Reminders: " + sent + " e-mailed");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reminders: this pass failed; the next one tries again", e);
    }
  }
}
