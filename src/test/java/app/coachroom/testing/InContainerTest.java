package app.coachroom.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs inside the server with the real database: it can inject the services. All such
 * classes share one deployment, the real WAR plus the test packages ({@link
 * Deployments#realWarWithTests()}), deployed once per server run.
 */
@ExtendWith(ArquillianExtension.class)
@SharedDeployment
public abstract class InContainerTest {
  @Deployment
  public static WebArchive deployment() {
    return Deployments.realWarWithTests();
  }
}
