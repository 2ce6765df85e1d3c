package app.coachroom.health;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachroom.testing.Deployments;
import app.coachroom.testing.Server;
import app.coachroom.testing.SharedDeployment;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The readiness endpoint reports the database and Keycloak checks of the deployed WAR. */
@ExtendWith(ArquillianExtension.class)
@SharedDeployment
class ReadinessIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @Test
  void readinessReportsDatabaseAndKeycloakUp() throws Exception {
    HttpResponse<String> response = Server.current().awaitReady(Server.SETTLE);
    String body = response.body().replace(" ", "");
    assertThat(body)
        .contains("\"name\":\"database\",\"status\":\"UP\"")
        .contains("\"name\":\"keycloak\",\"status\":\"UP\"");
    if (Server.current() == Server.WILDFLY) {
      // WildFly adds its own check that the deployment is up
      assertThat(body).contains("\"coachroom.war\":\"OK\"");
    }
  }
}
