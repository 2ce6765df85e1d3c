package app.coachroom.grading.domain;

import java.util.Locale;

/**
 * Anonymous grading: while an assignment is graded anonymously, coaches do not learn whose attempt
 * they grade until its results are released; they see a code instead of the name.
 */
public final class Anonymity {
  private Anonymity() {}

  /** Whether the student's identity is hidden from the coach now (null status: not begun). */
  public static boolean hides(boolean anonymousGrading, ReviewStatus status) {
    return anonymousGrading && status != ReviewStatus.RELEASED;
  }

  /**
   * What a hidden student is called: a code from the attempt's ID, which coaches see anyway, so it
   * tells nothing more; the same on the queue, the review screen and exports.
   */
  public static String code(String attemptId) {
    return attemptId.replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
  }
}
