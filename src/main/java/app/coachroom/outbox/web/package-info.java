/** The tenant admin's page of outgoing mail. */
package app.coachroom.outbox.web;
