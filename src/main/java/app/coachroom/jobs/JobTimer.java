package app.coachroom.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs each job of {@link Jobs} at its interval on this server, with a timer of its own that is not
 * persistent (a missed pass loses nothing: the next one does its work). Jobs run side by side,
 * never two passes of one job at once on one server, and outside any transaction: each job commits
 * its steps itself, and mail is slow.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobTimer {
  private static final Logger LOG = Logger.getLogger(JobTimer.class.getName());

  @Resource TimerService timers;
  @Inject Jobs jobs;

  private final Set<String> running = ConcurrentHashMap.newKeySet();

  @PostConstruct
  void schedule() {
    for (Jobs.Job job : jobs.all()) {
      long interval = job.every().toMillis();
      if (interval > 0) {
        timers.createIntervalTimer(interval, interval, new TimerConfig(job.name(), false));
      }
    }
  }

  @Timeout
  void run(Timer timer) {
    String name = (String) timer.getInfo();
    if (!running.add(name)) {
      return; // the last pass is still going
    }
    try {
      int done = jobs.run(name);
      if (done > 0) {
        LOG.info(() -> "Job " + name + ": " + done + " done");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Job " + name + ": this pass failed; the next one tries again", e);
    } finally {
      running.remove(name);
    }
  }
}
