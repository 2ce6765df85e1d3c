package app.coachroom.shared.web;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by an unreachable service (database, Keycloak) from a bug. Used by the
 * error page and by the schema migration's log message.
 */
public final class Outage {
  private Outage() {}

  public static boolean causedBy(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof SocketTimeoutException
          || t instanceof UnknownHostException
          || t instanceof HttpConnectTimeoutException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || t instanceof org.hibernate.exception.JDBCConnectionException) {
        return true;
      }
    }
    return false;
  }
}
