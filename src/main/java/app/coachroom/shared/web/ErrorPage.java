package app.coachroom.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Backs the generic error page: a timestamp the user can quote, never a stack trace. */
@Named
@RequestScoped
public class ErrorPage {
  private final String timestamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();

  public String getTimestamp() {
    return timestamp;
  }
}
