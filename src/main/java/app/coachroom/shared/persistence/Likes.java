package app.coachroom.shared.persistence;

/**
 * Search text for JPQL {@code like ... escape '!'}: the person's text, wildcards taken literally.
 */
public final class Likes {
  private Likes() {}

  /** A pattern matching anything that contains the text; use with {@code escape '!'}. */
  public static String containing(String text) {
    return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
