package app.coachroom.interviewtemplate.application;

import app.coachroom.shared.domain.InterviewStage;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the template list.
 *
 * @param publishedNumber the version new assignments get, or null if none is published
 * @param draftNumber the version being edited, or null if there is no draft
 */
public record TemplateRow(
    String id,
    String title,
    InterviewStage stage,
    Integer publishedNumber,
    Integer draftNumber,
    int questionCount,
    boolean archived,
    Instant updatedAt,
    long version)
    implements Serializable {}
