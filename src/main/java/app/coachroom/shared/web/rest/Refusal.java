package app.coachroom.shared.web.rest;

/**
 * A request the edge itself turns away before any service sees it (a missing header, the wrong
 * content type, a body too large or cut short), with its status and the message to show.
 */
public class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String key;
  private final transient Object[] args;

  public Refusal(int status, String key, Object... args) {
    super(key);
    this.status = status;
    this.key = key;
    this.args = args.clone();
  }

  public int status() {
    return status;
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }
}
