package app.coachroom.grading.application;

import java.io.Serializable;

/**
 * An interview assignment the grading queue can be filtered by, with its cohort.
 *
 * @param anonymous whether it grades anonymously
 */
public record QueueAssignment(
    String id, String title, String cohortId, String cohortName, boolean anonymous)
    implements Serializable {}
