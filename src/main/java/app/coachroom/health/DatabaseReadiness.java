package app.coachroom.health;

import app.coachroom.shared.persistence.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the schema is migrated and a pooled connection to the database answers within two
 * seconds. When the database could not be used at deploy, the report says why.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @Inject DatabaseProbe probe;
  @Inject SchemaMigration schema;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    if (!schema.ready()) {
      return response.down().withData("error", schema.problem()).build();
    }
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
