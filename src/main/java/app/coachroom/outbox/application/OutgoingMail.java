package app.coachroom.outbox.application;

/** A composed plain-text e-mail: to whom, its subject and its text. */
public record OutgoingMail(String to, String subject, String text) {}
