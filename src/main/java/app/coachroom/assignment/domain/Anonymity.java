package app.coachroom.assignment.domain;

import java.util.Locale;

/**
 * Anonymous grading: while an assignment hides identities (graded anonymously and nobody has
 * revealed them yet), coaches do not learn whose attempt they grade; they see a code instead of the
 * name.
 */
public final class Anonymity {
  private Anonymity() {}

  /**
   * What a hidden student is called: a code from the attempt's ID, which coaches see anyway, so it
   * tells nothing more; the same on the queue, the review screen, downloads and exports.
   */
  public static String code(String attemptId) {
    return attemptId.replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
  }
}
