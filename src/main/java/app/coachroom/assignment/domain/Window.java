package app.coachroom.assignment.domain;

/** Where one student's assignment stands in time. */
public enum Window {
  /** Before the opening time: nothing can be started. */
  NOT_OPEN,
  /** Open and not yet due. */
  OPEN,
  /** Past the due time but inside the grace period: still accepted, not late. */
  GRACE,
  /** Past due and grace; work is accepted and marked late. */
  LATE,
  /** Past due and grace; work is refused. */
  CLOSED;

  public boolean acceptsWork() {
    return this == OPEN || this == GRACE || this == LATE;
  }
}
