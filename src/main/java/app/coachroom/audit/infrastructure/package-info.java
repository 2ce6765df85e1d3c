/** Audit events in the database. */
package app.coachroom.audit.infrastructure;
