package app.coachroom.health;

import app.coachroom.shared.persistence.Datasource;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Asks the database whether it answers. An EJB because WildFly runs health checks on a management
 * thread without the app's java:comp namespace; an EJB call brings its own, so the datasource
 * reference of web.xml resolves on both servers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseProbe {
  @Resource(lookup = Datasource.REFERENCE)
  DataSource dataSource;

  /** True when a pooled connection answers within the given number of seconds. */
  public boolean answers(int timeoutSeconds) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(timeoutSeconds);
    }
  }
}
