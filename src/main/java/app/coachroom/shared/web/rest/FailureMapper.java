package app.coachroom.shared.web.rest;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Failure;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers every failure of a resource by its {@link Failure} kind, the edge's own {@link Refusal}s
 * with theirs, and routes the runtime did not match as it decided (404, 405). A file download gets
 * the bare status (404, 403, 503 in an outage, else 500); a JSON API the status with a message:
 * rule violations 400 with their own, conflicts 503 "busy", an unknown route 404 (also GET or POST
 * on a route that takes the other), anything else 500. Bugs are logged.
 */
public class FailureMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());
  private static final Set<String> READ_OR_SEND = Set.of("GET", "HEAD", "POST");

  @Context Configuration configuration;
  @Context Request request;

  @Override
  public Response toResponse(Throwable thrown) {
    String messages = (String) configuration.getProperty(Edge.MESSAGES);
    return messages == null ? download(thrown) : api(thrown, messages);
  }

  private static Response download(Throwable thrown) {
    if (thrown instanceof WebApplicationException routing) {
      return Response.status(routing.getResponse().getStatus()).build();
    }
    if (thrown instanceof Refusal refusal) {
      return Response.status(refusal.status()).build();
    }
    Failure failure = logged(thrown);
    return Response.status(failure.downloadStatus()).build();
  }

  private Response api(Throwable thrown, String messages) {
    if (thrown instanceof Refusal refusal) {
      return JsonAnswer.message(refusal.status(), refusal.key(), refusal.args());
    }
    if (thrown instanceof WebApplicationException routing) {
      int status = routing.getResponse().getStatus();
      boolean otherMethod = status == 405 && READ_OR_SEND.contains(request.getMethod());
      return JsonAnswer.message(otherMethod ? 404 : status, messages + ".unknown");
    }
    Failure failure = logged(thrown);
    return switch (failure) {
      case RULE_VIOLATION -> {
        RuleViolationException e = (RuleViolationException) thrown;
        yield JsonAnswer.message(400, e.messageKey(), e.args());
      }
      case NOT_FOUND -> JsonAnswer.message(404, messages + ".notFound");
      case NOT_ALLOWED -> JsonAnswer.message(403, messages + ".forbidden");
      case CONFLICT -> JsonAnswer.message(503, messages + ".busy");
      default -> JsonAnswer.message(500, messages + ".failed");
    };
  }

  private static Failure logged(Throwable thrown) {
    Failure failure = Failure.of(thrown);
    if (failure == Failure.BUG) {
      LOG.log(Level.WARNING, "A request failed", thrown);
    }
    return failure;
  }
}
