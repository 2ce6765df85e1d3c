package app.coachroom.cohort.application;

import java.io.Serializable;
import java.time.LocalDate;

/** The editable fields of a cohort, as a coach enters them. */
public record CohortDetails(String name, LocalDate startsOn, LocalDate endsOn)
    implements Serializable {}
