/** Attempts, their server-side clock, answers and their rules. */
package app.coachroom.attempt.domain;
