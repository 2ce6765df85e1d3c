package app.coachroom.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The application server this test run targets. Failsafe runs every integration test once per
 * server and names it in the system property coachroom.server.
 */
public enum Server {
  WILDFLY(URI.create("http://127.0.0.1:9990/health/ready")),
  PAYARA(URI.create("http://127.0.0.1:8080/health/ready"));

  /** How long a fresh deployment may take to become ready before a test gives up on it. */
  public static final Duration SETTLE = Duration.ofSeconds(60);

  private final URI readiness;

  Server(URI readiness) {
    this.readiness = readiness;
  }

  public static Server current() {
    return valueOf(System.getProperty("coachroom.server", "wildfly").toUpperCase());
  }

  /** MicroProfile Health readiness: WildFly serves it on the management port, Payara on 8080. */
  public URI readiness() {
    return readiness;
  }

  /** Asks the readiness endpoint now: status 200 (ready) or 503, with the JSON report. */
  public HttpResponse<String> checkReadiness() throws IOException, InterruptedException {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .build()
        .send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Waits until readiness says UP, as a load balancer does before it sends traffic to a fresh
   * deployment (a database or Keycloak hiccup right after deploy heals within seconds). Fails with
   * the last report if it is not UP within the timeout.
   */
  public HttpResponse<String> awaitReady(Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpResponse<String> last = checkReadiness();
    while (last.statusCode() != 200 && System.nanoTime() < deadline) {
      Thread.sleep(500);
      last = checkReadiness();
    }
    if (last.statusCode() != 200) {
      throw new AssertionError(
          "Not ready after "
              + timeout.toSeconds()
              + " s: "
              + last.statusCode()
              + " "
              + last.body());
    }
    return last;
  }
}
