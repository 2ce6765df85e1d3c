package app.coachroom.shared.domain;

/**
 * The object does not exist for this caller. Also used for objects of another tenant, so a foreign
 * ID looks exactly like an unknown one.
 */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, String id) {
    super(what + " not found: " + id);
  }
}
