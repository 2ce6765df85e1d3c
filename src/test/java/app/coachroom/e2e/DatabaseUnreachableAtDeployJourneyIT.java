package app.coachroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachroom.devstack.Stack;
import app.coachroom.devstack.TestStackListener;
import app.coachroom.testing.Deployments;
import app.coachroom.testing.Server;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database cannot be reached when Coachroom is deployed (down, or a wrong URL in the server's
 * configuration). The deployment still comes up on either server; readiness says the database is
 * DOWN and why; a signed-in coach gets the "service unavailable" page; once the database answers,
 * the schema is brought up to date and everything works without a redeploy.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseUnreachableAtDeployJourneyIT {
  private static final String DEPLOYMENT = "deployed-without-database";

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @ArquillianResource Deployer deployer;

  @Test
  void appComesUpNotReadyAndHealsWhenTheDatabaseAnswers() throws Exception {
    Stack stack = TestStackListener.stack();
    Browser coach = null;
    try {
      stack.cutDatabase();
      try {
        deployer.deploy(DEPLOYMENT);

        HttpResponse<String> readiness = Server.current().checkReadiness();
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body().replace(" ", ""))
            .contains("\"name\":\"database\",\"status\":\"DOWN\"")
            .contains("ConnectException");

        coach = new Browser(URI.create("http://127.0.0.1:8080/coachroom/").toURL());
        coach.signIn("coach.demo");
        coach.open("cohort/cohorts.xhtml");
        coach.waitForText("Service unavailable");
        assertThat(coach.text()).contains("cannot reach a service it needs");
      } finally {
        stack.restoreDatabase();
      }

      Browser signedIn = coach;
      signedIn
          .wait(30)
          .until(
              d -> {
                signedIn.open("cohort/cohorts.xhtml");
                return signedIn.text().contains(Journey.DEMO_COHORT);
              });
      assertThat(Server.current().checkReadiness().statusCode()).isEqualTo(200);
    } catch (AssertionError | RuntimeException e) {
      if (coach != null) {
        coach.screenshot(
            Path.of(System.getProperty("coachroom.target"), "screenshots", "unreachable-db.png"));
      }
      throw e;
    } finally {
      if (coach != null) {
        coach.close();
      }
      deployer.undeploy(DEPLOYMENT);
    }
  }
}
