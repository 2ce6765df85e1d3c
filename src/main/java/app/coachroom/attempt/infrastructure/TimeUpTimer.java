package app.coachroom.attempt.infrastructure;

import app.coachroom.attempt.application.TimeUpSweep;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands in attempts whose time is over every {@code coachroom.attempts.time-up-every-seconds}
 * seconds (60 by default, 0 turns it off) on every server. The timer is not persistent: a missed
 * pass loses nothing, since whoever opens the attempt first hands it in, and the row lock makes
 * several servers take turns.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TimeUpTimer {
  private static final Logger LOG = Logger.getLogger(TimeUpTimer.class.getName());

  @Resource TimerService timers;
  @Inject TimeUpSweep sweep;

  @Inject
  @ConfigProperty(name = "coachroom.attempts.time-up-every-seconds", defaultValue = "60")
  int everySeconds;

  @PostConstruct
  void schedule() {
    if (everySeconds > 0) {
      long interval = everySeconds * 1000L;
      timers.createIntervalTimer(interval, interval, new TimerConfig("time-up", false));
    }
  }

  @Timeout
  void run() {
    try {
      int handedIn = sweep.sweep();
      if (handedIn > 0) {
        LOG.info(() -> "Attempts whose time was over: " + handedIn + " handed in");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Handing in attempts whose time was over: this pass failed", e);
    }
  }
}
