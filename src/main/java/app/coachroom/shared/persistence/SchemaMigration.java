package app.coachroom.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at deploy, before the first request. The same migrations can be run
 * by an admin beforehand (see README); then this finds nothing to do.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = Datasource.REFERENCE)
  DataSource dataSource;

  /** Loads the demo tenants of the dev-only realm. Never set this in production. */
  @Inject
  @ConfigProperty(name = "coachroom.demo-seed", defaultValue = "false")
  boolean demoSeed;

  @PostConstruct
  void migrate() {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (demoSeed) {
      locations.add("classpath:db/demo");
    }
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations(locations.toArray(String[]::new))
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + ", "
                + result.migrationsExecuted
                + " migration(s) applied"
                + (demoSeed ? " (demo seed on)" : ""));
  }
}
