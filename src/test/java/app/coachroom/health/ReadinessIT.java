package app.coachroom.health;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachroom.testing.Deployments;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The readiness endpoint reports the database and Keycloak checks of the deployed WAR. */
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @Test
  void readinessReportsDatabaseAndKeycloakUp() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:9990/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body().replace(" ", ""))
        .contains("\"name\":\"database\",\"status\":\"UP\"")
        .contains("\"name\":\"keycloak\",\"status\":\"UP\"")
        .contains("\"coachroom.war\":\"OK\"");
  }
}
