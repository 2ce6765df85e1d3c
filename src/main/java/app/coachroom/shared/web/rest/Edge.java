package app.coachroom.shared.web.rest;

import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The base of every Jakarta REST application of Coachroom. The URLs are fixed and the pages live
 * beside them ({@code /attempt/take.xhtml} next to {@code /attempt/recording/…}): a path-prefix
 * mapping such as {@code /attempt/*} would take the pages' requests, and each runtime serves one
 * mapping per application, so each URL root is a small subclass with its own {@code
 * ApplicationPath} naming its resources. Naming them also keeps every other root's resources (and
 * the Keycloak client's annotated interfaces) out of it. All of them share the failure mapping.
 */
public abstract class Edge extends Application {
  private final Set<Class<?>> resources;

  /** An application serving these resource classes under its root. */
  protected Edge(Class<?>... resources) {
    this.resources = Set.of(resources);
  }

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(resources);
    classes.add(FailureMapper.class);
    classes.add(ValidationFailureMapper.class);
    return classes;
  }

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        // no published description of the routes (Jersey, Payara)
        "jersey.config.server.wadl.disableWadl", true,
        // a bare error status is answered as it is on WildFly, not through the error pages
        "jersey.config.server.response.setStatusOverSendError", true);
  }
}
