package app.coachroom.grading.application;

import java.io.Serializable;

/**
 * An interview assignment the grading queue can be filtered by, with its cohort.
 *
 * @param hidesIdentities whether graders do not learn whose attempts they grade (anonymous, not
 *     revealed yet)
 */
public record QueueAssignment(
    String id, String title, String cohortId, String cohortName, boolean hidesIdentities)
    implements Serializable {}
