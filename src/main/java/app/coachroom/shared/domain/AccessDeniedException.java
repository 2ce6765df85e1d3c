package app.coachroom.shared.domain;

/** The caller is signed in but has no right to do this. */
public class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
