package app.coachroom.assignment.application;

import app.coachroom.assignment.domain.AssignmentKind;
import app.coachroom.assignment.domain.Deadline;
import app.coachroom.assignment.domain.ResultRelease;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What one student was given and on which terms: their own deadline (extension included), the
 * attempts allowed, when results are released and their extra-time multiplier in the cohort.
 *
 * @param templateVersionId the frozen template version to sit, for an interview
 */
public record AssignmentTerms(
    String id,
    AssignmentKind kind,
    String title,
    String templateVersionId,
    String cohortName,
    Deadline deadline,
    int attemptsAllowed,
    ResultRelease release,
    BigDecimal timeMultiplier)
    implements Serializable {}
