/** Storage of attempts and answers. */
package app.coachroom.attempt.infrastructure;
