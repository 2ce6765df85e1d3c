package app.coachroom.shared.domain;

/**
 * A CDI event a service fires for an action the audit log keeps. Observed synchronously inside the
 * action's transaction, so an action that rolls back leaves no event; the actor is the caller.
 *
 * @param tenantId the tenant the action changed
 * @param target what it changed (an alias, an e-mail, a setting), for the log's reader
 * @param detail the new value or a short note, may be empty
 */
public record Audited(String tenantId, AuditAction action, String target, String detail) {}
