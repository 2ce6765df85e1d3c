package app.coachroom.assignment.application;

import java.util.Set;

/**
 * Who has handed in an assigned interview. The attempt feature answers this (it depends on
 * assignments, not the other way round); reminders use it so nobody who handed in is reminded.
 */
public interface HandIns {
  /** The subjects of the students who handed in an attempt at the assignment (on time or late). */
  Set<String> handedIn(String assignmentId);
}
