package app.coachroom.audit.application;

import app.coachroom.shared.domain.AuditAction;
import java.io.Serializable;
import java.time.Instant;

/** One line of the audit log as a page shows it. */
public record AuditEntry(
    String id,
    Instant at,
    String tenantName,
    String actorName,
    AuditAction action,
    String target,
    String detail)
    implements Serializable {}
