package app.coachroom.assignment.domain;

/** The template version an interview assignment freezes: the one published when assigning. */
public record PublishedTemplate(String templateId, String versionId, int number, String title) {}
