package app.coachroom.course.domain;

import app.coachroom.shared.domain.InterviewStage;
import java.io.Serializable;

/**
 * A course's own fields as typed; {@link Course} checks them.
 *
 * @param stage required for interview-prep courses, ignored for curricula
 */
public record CourseDetails(String title, String description, CourseKind kind, InterviewStage stage)
    implements Serializable {}
