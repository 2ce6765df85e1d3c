package app.coachroom.tenancy.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Asks Keycloak for the realm's OpenID configuration, with short timeouts. */
@ApplicationScoped
public class KeycloakProbe {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final Duration REMEMBER = Duration.ofSeconds(2);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Inject OidcLogin oidc;

  private volatile Instant checkedAt = Instant.EPOCH;
  private volatile boolean lastReachable;

  /** HTTP status of the discovery document; -1 when Keycloak cannot be reached. */
  public int status() {
    URI discovery = URI.create(oidc.getProviderUri() + "/.well-known/openid-configuration");
    try {
      return http.send(
              HttpRequest.newBuilder(discovery).timeout(TIMEOUT).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Whether sign-in can work now; remembered for a few seconds so logins stay cheap. */
  public boolean reachable() {
    if (Instant.now().isAfter(checkedAt.plus(REMEMBER))) {
      lastReachable = status() == 200;
      checkedAt = Instant.now();
    }
    return lastReachable;
  }
}
