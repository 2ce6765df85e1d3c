package app.coachroom.shared.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** Random UUIDs for every ID that can reach a URL, so no ID is guessable from another. */
public final class Ids {
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private Ids() {}

  public static String newId() {
    return UUID.randomUUID().toString();
  }

  /** True if the text has the shape of an ID we hand out; anything else is not looked up. */
  public static boolean isWellFormed(String id) {
    return id != null && UUID_TEXT.matcher(id).matches();
  }
}
