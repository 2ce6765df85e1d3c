package app.coachroom.attempt.application;

import java.util.Collection;
import java.util.Set;

/**
 * Which handed-in attempts have results a coach took back and has not released again. Grading knows
 * (it implements this); the student's pages then show none of the results, automatic points
 * included, because an answer's points over several attempts would give the correct choices away.
 */
public interface TakenBack {
  /** Those of these attempts whose results are taken back. */
  Set<String> among(Collection<String> attemptIds);
}
