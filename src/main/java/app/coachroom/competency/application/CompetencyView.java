package app.coachroom.competency.application;

import app.coachroom.competency.domain.Competency;
import app.coachroom.competency.domain.CompetencyKind;
import java.io.Serializable;

/** What a screen shows of a competency; the version guards against overwriting a newer edit. */
public record CompetencyView(
    String id, String name, String description, CompetencyKind kind, boolean archived, long version)
    implements Serializable {

  public static CompetencyView of(Competency competency) {
    return new CompetencyView(
        competency.id(),
        competency.name(),
        competency.description().orElse(null),
        competency.kind(),
        competency.isArchived(),
        competency.version());
  }
}
