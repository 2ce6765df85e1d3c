package app.coachroom.grading.infrastructure;

import app.coachroom.grading.application.ReleaseNoticeSweep;
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
 * E-mails students whose results were released, every {@code coachroom.results.notify-seconds}
 * seconds (60 by default, 0 turns it off) on every server. The timer is not persistent: the
 * notices' claims, not the timer, make sure each goes out once however many servers run it.
 */
@Singleton
@Startup
public class ReleaseNoticeTimer {
  private static final Logger LOG = Logger.getLogger(ReleaseNoticeTimer.class.getName());

  @Resource TimerService timers;
  @Inject ReleaseNoticeSweep sweep;

  @Inject
  @ConfigProperty(name = "coachroom.results.notify-seconds", defaultValue = "60")
  int everySeconds;

  @PostConstruct
  void schedule() {
    if (everySeconds > 0) {
      long interval = everySeconds * 1000L;
      timers.createIntervalTimer(interval, interval, new TimerConfig("result-notices", false));
    }
  }

  /** Outside a transaction: the sweep commits each step on its own, and mail is slow. */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    try {
      int sent = sweep.sweep();
      if (sent > 0) {
        LOG.info(() -> "Result notices: " + sent + " e-mailed");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Result notices: this pass failed; the next one tries again", e);
    }
  }
}
