package app.coachroom.library.application;

import app.coachroom.library.domain.Problem;
import java.io.Serializable;
import java.util.List;

/**
 * What an import did: nothing and the problems, or what it added.
 *
 * @param competenciesReused competencies the file names that the tenant already had (by name)
 */
public record ImportReport(
    List<Problem> problems,
    int competenciesCreated,
    int competenciesReused,
    int questions,
    int rubrics)
    implements Serializable {

  static ImportReport refused(List<Problem> problems) {
    return new ImportReport(List.copyOf(problems), 0, 0, 0, 0);
  }

  public boolean imported() {
    return problems.isEmpty();
  }

  /** What was added, in a few words (for the audit log). */
  public String summary() {
    return competenciesCreated
        + " competencies added, "
        + competenciesReused
        + " reused, "
        + questions
        + " questions, "
        + rubrics
        + " rubrics";
  }
}
