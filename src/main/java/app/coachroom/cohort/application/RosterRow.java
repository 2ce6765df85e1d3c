package app.coachroom.cohort.application;

import app.coachroom.cohort.domain.CohortRole;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One person on a roster.
 *
 * @param name their name, or null when they are no longer a member of the bootcamp (only archived
 *     cohorts keep such rows, as history)
 * @param timeMultiplier a student's extra-time accommodation, 1.00 for none
 */
public record RosterRow(
    String subject,
    String name,
    String email,
    CohortRole role,
    BigDecimal timeMultiplier,
    long version)
    implements Serializable {

  public boolean hasExtraTime() {
    return timeMultiplier.compareTo(BigDecimal.ONE) > 0;
  }

  public boolean isFormerMember() {
    return name == null;
  }
}
