package app.coachroom.grading.application;

import app.coachroom.grading.domain.QueueState;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The grades of one assignment, one row per student who handed in (their latest attempt), with a
 * column per rubric criterion (a question scored automatically has one column of its own). While
 * grading is anonymous, a row whose results are not released names nobody.
 *
 * @param columns the criterion columns' labels, in order
 */
public record GradeExport(String title, List<String> columns, List<Row> rows)
    implements Serializable {

  public GradeExport {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * One student's latest attempt.
   *
   * @param name null while hidden (or for a former student)
   * @param anonymousAs what the student is called while hidden, else null
   * @param points per criterion column; null where no level is picked (or no review begun)
   * @param total null while no review is begun
   */
  public record Row(
      String name,
      String email,
      String anonymousAs,
      int attemptNumber,
      HandedIn handedIn,
      QueueState state,
      List<Integer> points,
      Integer total,
      int maxPoints,
      Instant releasedAt)
      implements Serializable {

    public Row {
      points = Collections.unmodifiableList(new ArrayList<>(points));
    }
  }
}
