package app.coachroom.tenancy.infrastructure;

/** A Keycloak administration call failed; the kind says how, for the message a person sees. */
public class KeycloakAdminException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How the call failed. */
  public enum Kind {
    /** No connection, or no answer in time. */
    UNREACHABLE,
    /** Keycloak has something with that name or alias already. */
    CONFLICT,
    /** Keycloak answered with an error. */
    REFUSED,
    /** The server has no service-account secret configured. */
    NOT_CONFIGURED
  }

  private final Kind kind;

  public KeycloakAdminException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
