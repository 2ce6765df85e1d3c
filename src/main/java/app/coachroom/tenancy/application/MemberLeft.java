package app.coachroom.tenancy.application;

/**
 * Fired inside the transaction that takes a person out of the active tenant, so features that keep
 * rows about them (cohort rosters) can let go in the same transaction.
 *
 * @param name what they were called, for the audit log (they are no member to look up any more)
 */
public record MemberLeft(String subject, String name) {}
