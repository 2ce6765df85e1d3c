package app.coachroom.shared.web;

import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

/**
 * What kind of failure an exception stands for, for pages and the REST edge alike, wherever in its
 * chain of causes the services' own exception sits (transactions and EJB calls wrap them).
 */
public enum Failure {
  /** Nothing of that ID in the caller's tenant (another tenant's included). */
  NOT_FOUND,
  /** The caller's role may not do it. */
  NOT_ALLOWED,
  /** The input breaks a rule; the exception carries the message key. */
  RULE_VIOLATION,
  /** Someone else changed or held the same rows at the same moment. */
  CONFLICT,
  /** A service the application needs (database, Keycloak) cannot be reached. */
  OUTAGE,
  /** Anything else: a bug, logged. */
  BUG;

  /** The kind of the thrown exception. */
  public static Failure of(Throwable thrown) {
    if (thrown instanceof RuleViolationException) {
      return RULE_VIOLATION;
    }
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof NotFoundException) {
        return NOT_FOUND;
      }
      if (t instanceof AccessDeniedException) {
        return NOT_ALLOWED;
      }
      if (t instanceof OptimisticLockException || t instanceof PessimisticLockException) {
        return CONFLICT;
      }
    }
    return Outage.causedBy(thrown) ? OUTAGE : BUG;
  }

  /**
   * The status a file download answers with: as the error pages did for them, 404 and 403, 503
   * while a backend is down, else 500.
   */
  public int downloadStatus() {
    return switch (this) {
      case NOT_FOUND -> 404;
      case NOT_ALLOWED -> 403;
      case OUTAGE -> 503;
      default -> 500;
    };
  }
}
