package app.coachroom.tenancy.application;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.tenancy.infrastructure.KeycloakAdminException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns failed Keycloak calls into messages, and undoes Keycloak changes after a rollback. */
final class KeycloakFailures {
  private static final Logger LOG = Logger.getLogger(KeycloakFailures.class.getName());

  private KeycloakFailures() {}

  /** The message for a failed Keycloak call; a conflict is about the given field. */
  static RuleViolationException refusal(KeycloakAdminException e, String conflictField) {
    if (e.kind() == KeycloakAdminException.Kind.UNREACHABLE) {
      // one line: during an outage every call fails the same way
      LOG.warning("Keycloak administration failed: " + e.getMessage() + ": " + e.getCause());
    } else {
      LOG.log(Level.WARNING, "Keycloak administration failed: " + e.getMessage(), e);
    }
    String key =
        switch (e.kind()) {
          case CONFLICT -> "tenant.keycloak.conflict";
          case UNREACHABLE -> "tenant.keycloak.unreachable";
          case NOT_CONFIGURED -> "tenant.keycloak.notConfigured";
          case REFUSED -> "tenant.keycloak.refused";
        };
    return new RuleViolationException(
        e.kind() == KeycloakAdminException.Kind.CONFLICT ? conflictField : null, key);
  }

  /** Undoes a Keycloak change if the current transaction rolls back. */
  static void onRollback(
      TransactionSynchronizationRegistry transactions, Runnable undo, String what) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_ROLLEDBACK) {
              try {
                undo.run();
              } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not undo in Keycloak after a rollback: " + what, e);
              }
            }
          }
        });
  }
}
