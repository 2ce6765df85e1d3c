package app.coachroom.shared.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers NotFoundException with 404 and AccessDeniedException with 403 (the app's own error pages,
 * via web.xml). On AJAX requests it redirects to the same pages. Everything else goes on to
 * PrimeFaces' handler.
 */
class StatusExceptionHandler extends ExceptionHandlerWrapper {
  private static final Logger LOG = Logger.getLogger(StatusExceptionHandler.class.getName());

  StatusExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext() && !context.getResponseComplete()) {
      Throwable thrown = events.next().getContext().getException();
      int status = statusFor(thrown);
      if (status != 0) {
        events.remove();
        LOG.log(Level.FINE, "Answered with " + status, thrown);
        respond(context, status);
      } else {
        // the error page only shows the time: the details belong in the server log
        LOG.log(Level.SEVERE, "Request failed", thrown);
      }
    }
    getWrapped().handle();
  }

  private static void respond(FacesContext context, int status) {
    ExternalContext external = context.getExternalContext();
    try {
      if (context.getPartialViewContext().isAjaxRequest()) {
        String page = status == 404 ? "/error/not-found.xhtml" : "/error/forbidden.xhtml";
        external.redirect(external.getRequestContextPath() + page);
      } else {
        external.responseSendError(status, null);
      }
    } catch (IOException e) {
      throw new FacesException(e);
    }
    context.responseComplete();
  }

  /** 404 for what the tenant does not have, 403 for a role that may not do it, else 0. */
  static int statusFor(Throwable thrown) {
    return switch (Failure.of(thrown)) {
      case NOT_FOUND -> 404;
      case NOT_ALLOWED -> 403;
      default -> 0;
    };
  }
}
