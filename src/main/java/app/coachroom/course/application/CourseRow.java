package app.coachroom.course.application;

import app.coachroom.course.domain.CourseKind;
import app.coachroom.course.domain.CourseStatus;
import app.coachroom.shared.domain.InterviewStage;
import java.io.Serializable;
import java.time.Instant;

/** One line of a course list. */
public record CourseRow(
    String id,
    String title,
    CourseKind kind,
    InterviewStage stage,
    CourseStatus status,
    int moduleCount,
    int lessonCount,
    boolean archived,
    Instant updatedAt,
    long version)
    implements Serializable {}
