package app.coachroom.shared.domain;

/**
 * The one rule for every text a person types into a named field: surrounding blanks are dropped,
 * required texts must not be blank, and no text may exceed its column. Message keys are built from
 * a prefix: {@code <prefix>.required} and {@code <prefix>.tooLong}.
 */
public final class Texts {
  private Texts() {}

  /** The stripped text; refused when blank or longer than max. */
  public static String required(String raw, int max, String field, String keyPrefix) {
    String text = optional(raw, max, field, keyPrefix);
    if (text == null) {
      throw new RuleViolationException(field, keyPrefix + ".required");
    }
    return text;
  }

  /** The stripped text, or null when blank; refused when longer than max. */
  public static String optional(String raw, int max, String field, String keyPrefix) {
    String text = raw == null ? "" : raw.strip();
    if (text.length() > max) {
      throw new RuleViolationException(field, keyPrefix + ".tooLong");
    }
    return text.isEmpty() ? null : text;
  }

  /**
   * Code and other texts whose leading blanks matter: kept exactly as typed (line ends made "\n"),
   * or null when blank; refused when longer than max.
   */
  public static String verbatim(String raw, int max, String field, String keyPrefix) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String text = raw.replace("\r\n", "\n");
    if (text.length() > max) {
      throw new RuleViolationException(field, keyPrefix + ".tooLong");
    }
    return text;
  }

  /** The text cut to max characters, for titles the app makes (copies) rather than a person. */
  public static String cut(String text, int max) {
    return text.length() > max ? text.substring(0, max) : text;
  }
}
