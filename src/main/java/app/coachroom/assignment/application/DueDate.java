package app.coachroom.assignment.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One due date on the bootcamp's calendar, on its wall clock. */
public record DueDate(String assignmentId, String title, String cohortName, LocalDateTime dueAt)
    implements Serializable {}
