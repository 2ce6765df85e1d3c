package app.coachroom.testing;

import java.net.URI;

/**
 * The application server this test run targets. Failsafe runs every integration test once per
 * server and names it in the system property coachroom.server.
 */
public enum Server {
  WILDFLY(URI.create("http://127.0.0.1:9990/health/ready")),
  PAYARA(URI.create("http://127.0.0.1:8080/health/ready"));

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
}
