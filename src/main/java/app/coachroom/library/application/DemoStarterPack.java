package app.coachroom.library.application;

import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.shared.persistence.SchemaMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * With the dev-only demo data on, imports the starter pack into the demo tenant once the schema is
 * ready (the tenant "second" stays empty, to show a bootcamp starting from scratch).
 */
@ApplicationScoped
public class DemoStarterPack {
  private static final Logger LOG = Logger.getLogger(DemoStarterPack.class.getName());

  /** The demo tenant of db/demo/R__demo_seed.sql. */
  static final ActiveTenant DEMO =
      new ActiveTenant("10000000-0000-4000-8000-000000000001", "demo", "Demo Bootcamp");

  @Inject Caller caller;
  @Inject StarterPack pack;

  @ActivateRequestContext
  void onMigrated(@Observes SchemaMigrated migrated) {
    if (!migrated.demoSeed()) {
      return;
    }
    try {
      caller.actAsSystem(DEMO, Set.of(TENANT_ADMIN));
      if (pack.importedAt().isEmpty()) {
        StarterPackReport report = pack.importPack();
        LOG.info(
            () ->
                "Demo tenant: starter pack imported ("
                    + report.questions()
                    + " questions, "
                    + report.templates()
                    + " templates)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Demo tenant: importing the starter pack failed", e);
    }
  }
}
