package app.coachroom.shared.web;

import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.NotFoundException;

/** The HTTP status a failure stands for, for pages and servlets alike. */
public final class FailureStatus {
  private FailureStatus() {}

  /** 404 for what the tenant does not have, 403 for a role that may not do it, else 0. */
  public static int of(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof NotFoundException) {
        return 404;
      }
      if (t instanceof AccessDeniedException) {
        return 403;
      }
    }
    return 0;
  }
}
