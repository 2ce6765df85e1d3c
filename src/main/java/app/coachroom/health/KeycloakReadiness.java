package app.coachroom.health;

import app.coachroom.tenancy.web.OidcLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when Keycloak serves the realm's OpenID configuration within two seconds. */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Inject OidcLogin oidc;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("keycloak");
    URI discovery = URI.create(oidc.getProviderUri() + "/.well-known/openid-configuration");
    try {
      int status =
          http.send(
                  HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(2)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode();
      return response.status(status == 200).withData("status", status).build();
    } catch (IOException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().build();
    }
  }
}
