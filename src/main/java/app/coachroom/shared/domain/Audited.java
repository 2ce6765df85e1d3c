package app.coachroom.shared.domain;

/**
 * A CDI event a service fires for an action the audit log keeps. Observed synchronously inside the
 * action's transaction, so an action that rolls back leaves no event; the actor is the caller.
 *
 * @param tenantId the tenant the action changed
 * @param cohortId the cohort it touched, null for a bootcamp-wide action
 * @param about the subject of the person it was about (a student given more time), else null
 * @param target what it changed (an alias, an e-mail, an assignment), for the log's reader
 * @param before the value before, null when there was none or it does not apply
 * @param detail the value after, or a short note; may be null
 */
public record Audited(
    String tenantId,
    AuditAction action,
    String cohortId,
    String about,
    String target,
    String before,
    String detail) {

  /** A bootcamp-wide action with its new value or a note. */
  public Audited(String tenantId, AuditAction action, String target, String detail) {
    this(tenantId, action, null, null, target, null, detail);
  }

  /** An action on one cohort (its roster, an assignment, a grade). */
  public static Audited inCohort(
      String tenantId, String cohortId, AuditAction action, String target) {
    return new Audited(tenantId, action, cohortId, null, target, null, null);
  }

  /** The same action, about one person. */
  public Audited about(String subject) {
    return new Audited(tenantId, action, cohortId, subject, target, before, detail);
  }

  /** The same action, with the value before and after it. */
  public Audited change(Object before, Object after) {
    return new Audited(
        tenantId,
        action,
        cohortId,
        about,
        target,
        before == null ? null : before.toString(),
        after == null ? null : after.toString());
  }

  /** The same action, with a note. */
  public Audited note(Object note) {
    return change(null, note);
  }
}
