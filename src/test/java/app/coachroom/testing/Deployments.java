package app.coachroom.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
   * The real WAR plus every test package that runs inside the server (all but the browser journeys,
   * the local stack and the architecture rules, whose libraries the server does not have) and a
   * test language (Esperanto, {@code src/test/languages}), so every in-container test class uses
   * this one deployment ({@link InContainerTest}). The Arquillian test runner servlet is left open
   * (exact-path constraint without roles); every page of the app keeps its login constraint.
   */
  public static WebArchive realWarWithTests() {
    WebArchive war = realWar();
    for (String testPackage : inContainerTestPackages()) {
      war.addPackage(testPackage);
    }
    // a second language, so tests can prove that texts follow the reader's (MyPreferencesIT)
    war.addAsResource(
        Path.of(
                System.getProperty("coachroom.basedir"),
                "src/test/languages/messages_eo.properties")
            .toFile(),
        "app/coachroom/messages_eo.properties");
    war.setWebXML(new StringAsset(webXmlWithOpenTestRunner()));
    return war;
  }

  private static final Set<String> CLIENT_ONLY =
      Set.of("app.coachroom.e2e", "app.coachroom.devstack");

  private static List<String> inContainerTestPackages() {
    try {
      Path classes =
          Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = classes.resolve("app/coachroom");
      try (Stream<Path> dirs = Files.walk(root)) {
        return dirs.filter(Files::isDirectory)
            .filter(dir -> !dir.equals(root))
            .map(dir -> classes.relativize(dir).toString().replace('/', '.'))
            .filter(name -> CLIENT_ONLY.stream().noneMatch(name::startsWith))
            .sorted()
            .toList();
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list the test packages", e);
    }
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
