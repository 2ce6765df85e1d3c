package app.coachroom.devstack;

import app.coachroom.testing.ServerProcess;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the stack once for an integration-test run (failsafe sets coachroom.server to wildfly or
 * payara; plain unit tests do not, and start nothing) and publishes the server settings for
 * arquillian.xml.
 */
public class TestStackListener implements LauncherSessionListener {
  private static Stack stack;
  private static long startedNanos;

  /** The running test stack, for tests that take a component away (and bring it back). */
  public static Stack stack() {
    if (stack == null) {
      throw new IllegalStateException("No test stack: run integration tests with mvn verify");
    }
    return stack;
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String server = System.getProperty("coachroom.server");
    if (server == null) {
      return;
    }
    startedNanos = System.nanoTime();
    try {
      Path data = Settings.path("coachroom.target").resolve("it-data");
      LocalKeycloak.deleteTree(data); // every test run starts from an empty embedded database
      if (server.equals("wildfly")) {
        LocalWildFly.removeDeployment(Settings.path("wildfly.home"));
      }
      stack = Stack.start(data);
      if (stack.directDatabase().embedded()) {
        // a fresh database: V22 and its mail first, so the deployment upgrades it (MailUpgradeIT)
        UpgradeFixture.load(stack.directDatabase(), Settings.path("coachroom.basedir"));
      }
      // read by arquillian.xml: JVM arguments for WildFly, asadmin system properties for Payara
      // (put into the XML before it is parsed: the database URL's '&' must be escaped there)
      System.setProperty("coachroom.server.args", xml(String.join(" ", stack.serverProperties())));
      System.setProperty(
          "coachroom.payara.properties",
          xml(LocalPayara.systemProperties(stack.serverProperties())));
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the test stack", e);
    }
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (startedNanos != 0) {
      // .ci/run reports these per server
      System.out.printf(
          "[devstack] integration tests on %s took %d s%n",
          System.getProperty("coachroom.server"),
          (System.nanoTime() - startedNanos) / 1_000_000_000L);
    }
    try {
      ServerProcess.stopRestarted();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (stack != null) {
      try {
        stack.close();
      } catch (Exception e) {
        System.err.println("[devstack] stopping the test stack failed: " + e);
      }
    }
  }
}
