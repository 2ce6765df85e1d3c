package app.coachroom.competency.application;

import app.coachroom.competency.domain.CompetencyKind;
import java.io.Serializable;

/** The editable fields of a competency. */
public record CompetencyDetails(String name, String description, CompetencyKind kind)
    implements Serializable {}
