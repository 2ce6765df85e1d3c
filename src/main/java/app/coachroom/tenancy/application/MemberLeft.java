package app.coachroom.tenancy.application;

/**
 * Fired inside the transaction that takes a person out of the active tenant, so features that keep
 * rows about them (cohort rosters) can let go in the same transaction.
 */
public record MemberLeft(String subject) {}
