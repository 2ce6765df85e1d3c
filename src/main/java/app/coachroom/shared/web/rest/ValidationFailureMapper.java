package app.coachroom.shared.web.rest;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Takes invalid service arguments (a missing ID) from the runtimes' own validation mappers, which
 * would otherwise answer them in their own way, to the one {@link FailureMapper}.
 */
public class ValidationFailureMapper implements ExceptionMapper<ValidationException> {
  private final FailureMapper failures = new FailureMapper();

  @Override
  public Response toResponse(ValidationException thrown) {
    return failures.toResponse(thrown);
  }
}
