package app.coachroom.e2e;

import app.coachroom.testing.Deployments;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** A browser journey against the real WAR on WildFly, signed in through the real Keycloak. */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
abstract class Journey {
  /** Fixed IDs of the demo seed (db/demo). */
  static final String DEMO_COHORT_ID = "30000000-0000-4000-8000-000000000001";

  static final String DEMO_COHORT = "Backend Winter 2027";
  static final String SECOND_COHORT = "Second Evening Track";

  final List<Browser> opened = new ArrayList<>();

  @ArquillianResource URL app;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  /** A fresh browser (own profile, so own sessions), closed after the test. */
  Browser browser() throws IOException {
    Browser browser = new Browser(app);
    opened.add(browser);
    return browser;
  }
}
