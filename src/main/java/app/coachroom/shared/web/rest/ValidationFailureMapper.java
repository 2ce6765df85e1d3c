package app.coachroom.shared.web.rest;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Takes invalid service arguments (a missing ID) from the runtimes' own validation mappers, which
 * would otherwise answer them in their own way, to the one {@link FailureMapper}.
 */
public class ValidationFailureMapper implements ExceptionMapper<ValidationException> {
  @Context Configuration configuration;
  @Context Request request;

  @Override
  public Response toResponse(ValidationException thrown) {
    FailureMapper failures = new FailureMapper();
    failures.configuration = configuration;
    failures.request = request;
    return failures.toResponse(thrown);
  }
}
