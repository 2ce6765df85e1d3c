package app.coachroom.questionbank.application;

import java.util.Set;

/**
 * The questions whose answer keys (reference solution, correct choices) the caller may not read:
 * those of the interviews they take as a student, for a coach or admin who also studies in a
 * cohort. Declared here, implemented where assignments are known
 * (assignment.application.InterviewsTaken), so the question bank does not depend on them.
 */
public interface SealedAnswerKeys {

  /** The IDs of those questions; empty for nearly everyone. */
  Set<String> questionIds();
}
