/**
 * Writing mail into the outbox (features, in their own transactions), claiming and sending it (the
 * job), and reading its state (tenant admins).
 */
package app.coachroom.outbox.application;
