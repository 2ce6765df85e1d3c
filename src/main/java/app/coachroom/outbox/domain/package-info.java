/** The outbox message: one e-mail, its key, its lease and its tries. */
package app.coachroom.outbox.domain;
