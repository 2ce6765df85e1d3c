package app.coachroom.health;

import app.coachroom.tenancy.web.KeycloakProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when Keycloak serves the realm's OpenID configuration within two seconds. */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {
  @Inject KeycloakProbe keycloak;

  @Override
  public HealthCheckResponse call() {
    int status = keycloak.status();
    return HealthCheckResponse.named("keycloak")
        .status(status == 200)
        .withData("status", status)
        .build();
  }
}
