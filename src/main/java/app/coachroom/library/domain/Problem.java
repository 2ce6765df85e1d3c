package app.coachroom.library.domain;

import java.io.Serializable;

/**
 * One thing wrong with an imported file: where (a section and 1-based entry number, with the
 * entry's title when known; or nothing for the file as a whole) and what (a message key with its
 * arguments).
 */
public record Problem(String section, int entry, String title, String messageKey, Object[] args)
    implements Serializable {

  public static Problem ofFile(String messageKey, Object... args) {
    return new Problem(null, 0, null, messageKey, args.clone());
  }

  public static Problem of(
      String section, int entry, String title, String messageKey, Object... args) {
    return new Problem(section, entry, title, messageKey, args.clone());
  }
}
