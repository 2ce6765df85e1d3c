package app.coachroom.shared.domain;

/**
 * A business rule refused the input. Carries a resource-bundle key (and the form field it is about,
 * if any) so the UI can put a translated message next to the field.
 */
public class RuleViolationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;
  private final String field;
  private final transient Object[] args;

  /**
   * @param args values for the message's placeholders (which row, which value)
   */
  public RuleViolationException(String field, String messageKey, Object... args) {
    super(messageKey + (field == null ? "" : " (" + field + ")"));
    this.field = field;
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  public Object[] args() {
    return args.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  /** The form field the problem is about, or null for the whole form. */
  public String field() {
    return field;
  }
}
