package app.coachroom.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when a pooled connection to the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @Inject DatabaseProbe probe;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try {
      return response.status(probe.answers(2)).build();
    } catch (SQLException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    } catch (RuntimeException e) {
      // an EJB wraps what the pool throws (EJBException); report it, never fail the endpoint
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return response.down().withData("error", cause.getClass().getSimpleName()).build();
    }
  }
}
