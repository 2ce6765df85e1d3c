package app.coachroom.shared.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers every failure of a resource with the status its {@link Failure} kind stands for and no
 * body; a route the runtime did not match (404, 405) answers as the runtime decided. Bugs are
 * logged; the rest are the caller's or the network's doing.
 */
public class FailureMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());

  @Override
  public Response toResponse(Throwable thrown) {
    if (thrown instanceof WebApplicationException routing) {
      return Response.status(routing.getResponse().getStatus()).build();
    }
    Failure failure = Failure.of(thrown);
    if (failure == Failure.BUG) {
      LOG.log(Level.WARNING, "A download failed", thrown);
    }
    return Response.status(failure.downloadStatus()).build();
  }
}
