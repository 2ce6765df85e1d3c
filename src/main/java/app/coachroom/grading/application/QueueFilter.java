package app.coachroom.grading.application;

import app.coachroom.grading.domain.QueueState;
import java.io.Serializable;

/**
 * What the grading queue shows: every field may be null (or false) for "any".
 *
 * @param lateOnly only attempts handed in late
 * @param heldByMe only attempts whose review the caller holds
 */
public record QueueFilter(
    String cohortId, String assignmentId, QueueState state, boolean lateOnly, boolean heldByMe)
    implements Serializable {

  public static QueueFilter all() {
    return new QueueFilter(null, null, null, false, false);
  }

  public QueueFilter withState(QueueState state) {
    return new QueueFilter(cohortId, assignmentId, state, lateOnly, heldByMe);
  }

  public QueueFilter onlyMine() {
    return new QueueFilter(cohortId, assignmentId, state, lateOnly, true);
  }
}
