package app.coachroom.course.application;

import java.io.Serializable;

/**
 * One lesson with its Markdown and the same rendered as safe HTML.
 *
 * @param courseVersion the version of the course it belongs to, for the next edit
 */
public record LessonView(
    String id, String moduleId, String title, String body, String html, long courseVersion)
    implements Serializable {}
