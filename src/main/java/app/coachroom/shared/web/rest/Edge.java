package app.coachroom.shared.web.rest;

import jakarta.ws.rs.core.Application;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The base of every Jakarta REST application of Coachroom. The URLs are fixed and the pages live
 * beside them ({@code /attempt/take.xhtml} next to {@code /attempt/recording/…}): a path-prefix
 * mapping such as {@code /attempt/*} would take the pages' requests, and each runtime serves one
 * mapping per application, so each URL root is a small subclass with its own {@code
 * ApplicationPath} naming its classes. Naming them also keeps every other root's resources (and the
 * Keycloak client's annotated interfaces) out of it. All of them share the failure mapping: an API
 * answers failures as JSON messages, a file download with a bare status.
 */
public abstract class Edge extends Application {
  /** Property naming the message keys of an API's failures; absent for file downloads. */
  static final String MESSAGES = "coachroom.edge.messages";

  private final String messages;
  private final Set<Class<?>> classes;

  /** File downloads: failures answer with a bare status. */
  protected Edge(Class<?>... classes) {
    this(null, classes);
  }

  /**
   * A JSON API: failures answer {@code {"message": …}} with the texts of {@code
   * <messages>.notFound}, {@code .forbidden}, {@code .unknown}, {@code .busy} and {@code .failed}.
   */
  protected Edge(String messages, Class<?>... classes) {
    this.messages = messages;
    this.classes = Set.of(classes);
  }

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> all = new HashSet<>(classes);
    all.add(FailureMapper.class);
    all.add(ValidationFailureMapper.class);
    return all;
  }

  @Override
  public Map<String, Object> getProperties() {
    Map<String, Object> properties = new HashMap<>();
    // no published description of the routes (Jersey, Payara)
    properties.put("jersey.config.server.wadl.disableWadl", true);
    // a bare error status is answered as it is on WildFly, not through the error pages
    properties.put("jersey.config.server.response.setStatusOverSendError", true);
    if (messages != null) {
      properties.put(MESSAGES, messages);
    }
    return properties;
  }
}
