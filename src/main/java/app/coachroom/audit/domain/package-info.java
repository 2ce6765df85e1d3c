/** An audit event and the actions that are audited. */
package app.coachroom.audit.domain;
