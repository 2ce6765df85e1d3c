package app.coachroom.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.primefaces.application.exceptionhandler.ExceptionInfo;

/**
 * Backs the generic error page: a timestamp the user can quote, never a stack trace, and a "service
 * unavailable" message (status 503) when the database or Keycloak cannot be reached.
 */
@Named
@RequestScoped
public class ErrorPage {
  private final String timestamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  private Boolean unavailable;

  public String getTimestamp() {
    return timestamp;
  }

  public boolean isUnavailable() {
    if (unavailable == null) {
      Object status =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestMap()
              .get(RequestDispatcher.ERROR_STATUS_CODE);
      unavailable =
          Integer.valueOf(HttpServletResponse.SC_SERVICE_UNAVAILABLE).equals(status)
              || Outage.causedBy(error());
    }
    return unavailable;
  }

  /** preRenderView: answers 503 for an outage, so monitors and proxies see it too. */
  public void markStatus() {
    if (isUnavailable()) {
      ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
          .setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }

  /** The failure, from the servlet container's error dispatch or PrimeFaces' redirect. */
  private static Throwable error() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
      return t;
    }
    return external.getSessionMap().get(ExceptionInfo.ATTRIBUTE_NAME) instanceof ExceptionInfo info
        ? info.getException()
        : null;
  }
}
