package app.coachroom.shared.persistence;

import app.coachroom.shared.web.Outage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at deploy, before the first request. The same migrations can be run
 * by an admin beforehand (docs/configuration.md); then this finds nothing to do.
 *
 * <p>When the database cannot be used at deploy (unreachable, wrong URL, user or password), the
 * deployment still succeeds, on WildFly and Payara alike: the log says what to check, readiness
 * reports the database DOWN with the reason, pages answer 503, and the migration is tried again (at
 * most every few seconds, when a request or the readiness check asks) until it works.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigration {
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
  private static final Duration RETRY_AFTER = Duration.ofSeconds(3);

  @Resource(lookup = Datasource.REFERENCE)
  DataSource dataSource;

  @Inject Clock clock;

  /** Tells features that set up content once the schema exists (the demo starter pack). */
  @Inject Event<SchemaMigrated> migratedEvent;

  /** Loads the demo tenants of the dev-only realm. Never set this in production. */
  @Inject
  @ConfigProperty(name = "coachroom.demo-seed", defaultValue = "false")
  boolean demoSeed;

  private volatile boolean migrated;
  private volatile String problem = "not migrated yet";
  private final ReentrantLock retrying = new ReentrantLock();
  private volatile Instant lastAttempt = Instant.MIN;

  @PostConstruct
  void atDeploy() {
    attempt();
  }

  /** True once the schema is up to date; otherwise tries again if the last try is not recent. */
  public boolean ready() {
    if (migrated) {
      return true;
    }
    // one thread retries; the others answer "not ready" at once instead of queueing behind it
    if (!retrying.tryLock()) {
      return false;
    }
    try {
      if (!migrated && Duration.between(lastAttempt, clock.instant()).compareTo(RETRY_AFTER) >= 0) {
        attempt();
      }
      return migrated;
    } finally {
      retrying.unlock();
    }
  }

  /**
   * Why the schema is not ready, for the readiness report: the exception's class only (the report
   * is public on Payara's HTTP port); the full message is in the server log.
   */
  public String problem() {
    return migrated ? "" : problem;
  }

  private void attempt() {
    try {
      MigrateResult result = flyway().migrate();
      migrated = true;
      LOG.info(
          () ->
              "Schema up to date ("
                  + result.migrationsExecuted
                  + " migration(s) applied"
                  + (demoSeed ? ", demo seed on" : "")
                  + ")");
      migratedEvent.fire(new SchemaMigrated(demoSeed));
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      String reason = root.getClass().getSimpleName() + ": " + root.getMessage();
      boolean firstFailure = !root.getClass().getSimpleName().equals(problem);
      problem = root.getClass().getSimpleName();
      if (firstFailure) {
        LOG.log(
            Level.SEVERE,
            (Outage.causedBy(e)
                    ? "Coachroom cannot use its database (jdbc/CoachroomDS): "
                        + reason
                        + ". Check that the database is running and the server's system"
                        + " properties coachroom.db.url, coachroom.db.user and"
                        + " coachroom.db.password (docs/configuration.md)."
                    : "The schema migration failed: "
                        + reason
                        + ". Fix the migration or the database, then run flyway repair if"
                        + " Flyway recorded a failed migration (docs/configuration.md).")
                + " Pages answer 503 and readiness is DOWN until it works; retrying.",
            e);
      }
    } finally {
      lastAttempt =
          clock.instant(); // counted from the end, so a slow attempt is not repeated at once
    }
  }

  private Flyway flyway() {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (demoSeed) {
      locations.add("classpath:db/demo");
    }
    return Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .locations(locations.toArray(String[]::new))
        .load();
  }
}
