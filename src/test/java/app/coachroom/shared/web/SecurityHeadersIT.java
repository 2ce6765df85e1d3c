package app.coachroom.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachroom.testing.Deployments;
import app.coachroom.testing.Server;
import app.coachroom.testing.SharedDeployment;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Session cookie flags and protective headers, as a browser receives them. */
@ExtendWith(ArquillianExtension.class)
@SharedDeployment
class SecurityHeadersIT {
  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource URL app;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @BeforeEach
  void deploymentIsReady() throws Exception {
    Server.current().awaitReady(Server.SETTLE);
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSiteAndStrangersGoToKeycloak() throws Exception {
    HttpResponse<Void> response = get("cohort/cohorts.xhtml");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow())
        .contains("/realms/coachroom/protocol/openid-connect/auth");
    assertThat(response.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("JSESSIONID=")
                    .contains("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
  }

  @Test
  void responsesForbidSniffingAndFraming() throws Exception {
    HttpResponse<Void> response = get("jakarta.faces.resource/coachroom/layout.css.xhtml");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
  }

  private HttpResponse<Void> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(app + path)).build(),
        HttpResponse.BodyHandlers.discarding());
  }
}
