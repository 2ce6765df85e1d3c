package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.devstack.TcpProxy;
import app.coachroom.testing.Deployments;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriverException;

/**
 * Keycloak goes away after the app has already talked to it: a visitor then gets the app's own
 * "service unavailable" page, not a browser connection error on Keycloak's address. This deployment
 * reaches Keycloak through a relay that the test cuts.
 */
class KeycloakDownJourneyIT extends BrowserTest {
  private static TcpProxy keycloak;

  @Deployment(testable = false)
  static WebArchive deployment() {
    try {
      keycloak = TcpProxy.to(8180);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String realm = "http://127.0.0.1:" + keycloak.port() + "/realms/coachroom";
    return Deployments.realWar()
        .addAsResource(
            new StringAsset("coachroom.oidc.provider-uri=" + realm + "\n"),
            "META-INF/microprofile-config.properties");
  }

  @AfterAll
  static void stopRelay() {
    keycloak.close();
  }

  @Test
  void signInWithKeycloakGoneShowsServiceUnavailable() throws Exception {
    Browser first = browser();
    first.open("cohort/cohorts.xhtml");
    first.wait(20).until(d -> first.onKeycloakLogin());

    keycloak.close();

    Browser visitor = browser();
    visitor
        .wait(20)
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              // the app re-checks Keycloak every couple of seconds
              visitor.open("cohort/cohorts.xhtml");
              return visitor.text().contains("Service unavailable");
            });
    assertTrue(visitor.text().contains("cannot reach a service it needs"), visitor.text());
    assertTrue(visitor.driver().getCurrentUrl().contains(":8080/coachroom/"));
  }
}
