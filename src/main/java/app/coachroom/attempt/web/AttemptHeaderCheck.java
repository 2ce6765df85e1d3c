package app.coachroom.attempt.web;

import app.coachroom.shared.web.rest.JsonAnswer;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Turns away, before any route is matched, a POST to the attempt API without the header {@value
 * #HEADER}: a cross-site form cannot send a header (nor the JSON or octet-stream types the routes
 * check next), so no other site can make a signed-in student's browser save or move on.
 */
@PreMatching
public class AttemptHeaderCheck implements ContainerRequestFilter {
  static final String HEADER = "X-Coachroom-Attempt";

  @Override
  public void filter(ContainerRequestContext request) {
    if ("POST".equals(request.getMethod()) && request.getHeaderString(HEADER) == null) {
      request.abortWith(JsonAnswer.message(403, "attempt.api.forbidden"));
    }
  }
}
