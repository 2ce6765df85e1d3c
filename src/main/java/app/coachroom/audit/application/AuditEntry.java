package app.coachroom.audit.application;

import app.coachroom.shared.domain.AuditAction;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the audit log as a page shows it.
 *
 * @param cohortName the cohort it touched, null for a bootcamp-wide action
 * @param aboutName whom it was about, null if nobody (or a person who left)
 * @param before the value before, null if none
 * @param detail the value after, or a note
 */
public record AuditEntry(
    String id,
    Instant at,
    String tenantName,
    String actorName,
    AuditAction action,
    String cohortName,
    String aboutName,
    String target,
    String before,
    String detail)
    implements Serializable {}
