/** JPA access to the outbox, with the SKIP LOCKED claim query. */
package app.coachroom.outbox.infrastructure;
