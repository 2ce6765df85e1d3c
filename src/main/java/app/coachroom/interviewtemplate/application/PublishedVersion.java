package app.coachroom.interviewtemplate.application;

import java.io.Serializable;

/** A template's published version, the one a new assignment freezes. */
public record PublishedVersion(String templateId, String versionId, int number, String title)
    implements Serializable {}
