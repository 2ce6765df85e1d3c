/**
 * The mail outbox: every e-mail the app sends (reminders, results notices, later digests) is a row
 * written with the work it reports, then claimed under a lease, sent outside any transaction and
 * recorded, with a bounded number of tries; tenant admins read its state under "Outgoing mail".
 */
package app.coachroom.outbox;
