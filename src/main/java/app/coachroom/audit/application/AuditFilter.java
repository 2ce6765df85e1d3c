package app.coachroom.audit.application;

import app.coachroom.shared.domain.AuditAction;
import java.io.Serializable;

/**
 * Which audit events to read; a null field does not filter.
 *
 * @param person who acted, or whom the action was about (a subject)
 * @param cohortId the cohort it touched
 * @param action its kind
 */
public record AuditFilter(String person, String cohortId, AuditAction action)
    implements Serializable {
  public static final AuditFilter NONE = new AuditFilter(null, null, null);
}
