package app.coachroom.library.application;

import java.io.Serializable;
import java.time.Instant;

/** What importing the starter pack added to the tenant. */
public record StarterPackReport(
    Instant importedAt, int competencies, int questions, int rubrics, int courses, int templates)
    implements Serializable {}
