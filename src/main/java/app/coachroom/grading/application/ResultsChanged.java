package app.coachroom.grading.application;

/**
 * Fired inside the transaction that released an attempt's results, took them back or changed them
 * while released, so what is computed from released results (the competency record) follows at
 * once.
 */
public record ResultsChanged(String attemptId) {}
