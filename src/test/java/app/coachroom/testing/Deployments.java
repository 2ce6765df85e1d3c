package app.coachroom.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Deployments for tests: the real coachroom.war as Maven built it, plus (for in-container tests)
 * whole test packages. Nothing is hand-listed, so a test runs what users run.
 */
public final class Deployments {
  private Deployments() {}

  /** The WAR exactly as built, for browser tests. */
  public static WebArchive realWar() {
    // named coachroom.war on both servers (the Payara build's file is coachroom-payara.war)
    return ShrinkWrap.create(WebArchive.class, "coachroom.war")
        .merge(
            ShrinkWrap.createFromZipFile(
                WebArchive.class, new File(System.getProperty("coachroom.war"))));
  }

  /**
   * The real WAR plus the test packages of the given classes and this package. The Arquillian test
   * runner servlet is left open (exact-path constraint without roles); every page of the app keeps
   * its login constraint.
   */
  public static WebArchive realWarWithTests(Class<?>... testClasses) {
    WebArchive war = realWar();
    war.addPackage(Deployments.class.getPackage());
    for (Class<?> test : testClasses) {
      war.addPackage(test.getPackage());
    }
    war.setWebXML(new StringAsset(webXmlWithOpenTestRunner()));
    return war;
  }

  private static String webXmlWithOpenTestRunner() {
    try (InputStream in = realWar().get("/WEB-INF/web.xml").getAsset().openStream()) {
      String webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return webXml.replace(
          "</web-app>",
          "<security-constraint><web-resource-collection><web-resource-name>arquillian"
              + "</web-resource-name><url-pattern>/ArquillianServletRunnerEE9</url-pattern>"
              + "</web-resource-collection></security-constraint></web-app>");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
