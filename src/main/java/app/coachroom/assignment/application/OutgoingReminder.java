package app.coachroom.assignment.application;

import app.coachroom.assignment.domain.ReminderKind;
import java.time.Instant;

/** A claimed reminder ready to be e-mailed: to whom, about what, due when (their own time). */
public record OutgoingReminder(
    String reminderId, String email, String name, ReminderKind kind, String title, Instant dueAt) {}
