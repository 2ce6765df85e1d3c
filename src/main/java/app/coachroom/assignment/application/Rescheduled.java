package app.coachroom.assignment.application;

import java.io.Serializable;

/**
 * What saving an assignment's times changed.
 *
 * @param studentsAffected students whose due time changed (those without a later extension)
 * @param extensionsDropped extensions no longer later than the new due time, now removed
 */
public record Rescheduled(AssignmentView assignment, int studentsAffected, int extensionsDropped)
    implements Serializable {}
