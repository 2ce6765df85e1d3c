package app.coachroom.grading.application;

import java.io.Serializable;

/** An interview assignment the grading queue can be filtered by, with its cohort. */
public record QueueAssignment(String id, String title, String cohortId, String cohortName)
    implements Serializable {}
