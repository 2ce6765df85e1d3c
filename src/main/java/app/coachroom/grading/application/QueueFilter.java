package app.coachroom.grading.application;

import app.coachroom.grading.domain.QueueState;
import java.io.Serializable;

/**
 * What the grading queue shows: every field may be null (or false) for "any".
 *
 * @param lateOnly only attempts handed in late
 * @param heldByMe only attempts whose review the caller holds
 * @param question only attempts whose answer to the question at this position (of the chosen
 *     assignment) has not got a level for every criterion yet
 */
public record QueueFilter(
    String cohortId,
    String assignmentId,
    QueueState state,
    boolean lateOnly,
    boolean heldByMe,
    Integer question)
    implements Serializable {

  public static QueueFilter all() {
    return new QueueFilter(null, null, null, false, false, null);
  }

  public QueueFilter withState(QueueState state) {
    return new QueueFilter(cohortId, assignmentId, state, lateOnly, heldByMe, question);
  }

  public QueueFilter onlyMine() {
    return new QueueFilter(cohortId, assignmentId, state, lateOnly, true, question);
  }

  public QueueFilter atQuestion(Integer question) {
    return new QueueFilter(cohortId, assignmentId, state, lateOnly, heldByMe, question);
  }
}
