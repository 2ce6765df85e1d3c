/** JPA access to assignments and extensions of the active tenant. */
package app.coachroom.assignment.infrastructure;
