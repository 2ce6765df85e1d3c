package app.coachroom.assignment.application;

import app.coachroom.course.application.CourseRow;
import app.coachroom.interviewtemplate.application.PublishedVersion;
import java.io.Serializable;
import java.util.List;

/** What a coach can assign: published, not archived templates and courses. */
public record AssignableTargets(List<PublishedVersion> templates, List<CourseRow> courses)
    implements Serializable {}
