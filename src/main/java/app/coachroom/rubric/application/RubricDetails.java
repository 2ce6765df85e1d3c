package app.coachroom.rubric.application;

import app.coachroom.rubric.domain.Rubric;
import app.coachroom.rubric.domain.RubricContent;
import java.io.Serializable;
import java.time.Instant;

/** A whole rubric for its editor, list and preview; the version guards against stale edits. */
public record RubricDetails(
    String id, long version, boolean archived, Instant updatedAt, RubricContent content)
    implements Serializable {

  static RubricDetails of(Rubric rubric) {
    return new RubricDetails(
        rubric.id(), rubric.version(), rubric.isArchived(), rubric.updatedAt(), rubric.content());
  }

  public int totalPoints() {
    return content.totalPoints();
  }
}
