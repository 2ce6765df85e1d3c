/** The start, take, review and history pages and the autosave endpoint. */
package app.coachroom.attempt.web;
