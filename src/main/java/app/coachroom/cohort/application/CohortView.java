package app.coachroom.cohort.application;

import app.coachroom.cohort.domain.Cohort;
import java.io.Serializable;
import java.time.LocalDate;

/** What a screen shows of a cohort; the version guards against overwriting a newer edit. */
public record CohortView(
    String id, String name, LocalDate startsOn, LocalDate endsOn, boolean archived, long version)
    implements Serializable {

  static CohortView of(Cohort cohort) {
    return new CohortView(
        cohort.id(),
        cohort.name(),
        cohort.startsOn().orElse(null),
        cohort.endsOn().orElse(null),
        cohort.isArchived(),
        cohort.version());
  }
}
