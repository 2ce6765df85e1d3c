/** Starting, resuming, answering and submitting attempts; what a student sees of them. */
package app.coachroom.attempt.application;
