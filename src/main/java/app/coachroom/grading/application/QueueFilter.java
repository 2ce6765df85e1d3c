package app.coachroom.grading.application;

import app.coachroom.grading.domain.QueueState;
import java.io.Serializable;

/**
 * What the grading queue shows: every field may be null (or false) for "any".
 *
 * @param lateOnly only attempts handed in late
 */
public record QueueFilter(String cohortId, String assignmentId, QueueState state, boolean lateOnly)
    implements Serializable {

  public static QueueFilter all() {
    return new QueueFilter(null, null, null, false);
  }
}
