/** Recording audit events inside the audited transaction, and reading them back page by page. */
package app.coachroom.audit.application;
