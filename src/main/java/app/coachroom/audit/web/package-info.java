/** The audit log page. */
package app.coachroom.audit.web;
