package app.coachroom.devstack;

import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the stack once for an integration-test run (failsafe sets wildfly.home; plain unit tests
 * do not, and start nothing) and publishes the WildFly arguments for arquillian.xml.
 */
public class TestStackListener implements LauncherSessionListener {
  private static Stack stack;

  /** The running test stack, for tests that take a component away (and bring it back). */
  public static Stack stack() {
    if (stack == null) {
      throw new IllegalStateException("No test stack: run integration tests with mvn verify");
    }
    return stack;
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("wildfly.home") == null) {
      return;
    }
    try {
      Path data = Settings.path("coachroom.target").resolve("it-data");
      LocalKeycloak.deleteTree(data); // every test run starts from an empty embedded database
      LocalWildFly.removeDeployment(Settings.path("wildfly.home"));
      stack = Stack.start(data);
      System.setProperty("coachroom.server.args", String.join(" ", stack.serverProperties()));
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the test stack", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (stack != null) {
      try {
        stack.close();
      } catch (Exception e) {
        System.err.println("[devstack] stopping the test stack failed: " + e);
      }
    }
  }
}
