package app.coachroom.assignment.application;

/**
 * Fired inside the transaction that revealed who took an anonymously graded assignment, so what is
 * computed per student from its released results may now count them.
 */
public record IdentitiesRevealed(String assignmentId) {}
