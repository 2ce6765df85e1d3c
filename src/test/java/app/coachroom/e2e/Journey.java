package app.coachroom.e2e;

import app.coachroom.testing.Deployments;
import app.coachroom.testing.Server;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;

/** A browser journey against the real WAR on WildFly, signed in through the real Keycloak. */
abstract class Journey extends BrowserTest {
  /** Fixed IDs of the demo seed (db/demo). */
  static final String DEMO_COHORT_ID = "30000000-0000-4000-8000-000000000001";

  static final String DEMO_COHORT = "Backend Winter 2027";
  static final String SECOND_COHORT = "Second Evening Track";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @BeforeEach
  void deploymentIsReady() throws Exception {
    Server.current().awaitReady(Server.SETTLE);
  }
}
