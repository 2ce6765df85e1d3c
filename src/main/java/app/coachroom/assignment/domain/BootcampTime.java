package app.coachroom.assignment.domain;

import app.coachroom.shared.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

/**
 * Wall-clock times as coaches enter them, in the bootcamp's timezone, turned into instants (stored
 * in UTC) and back. A time that does not exist (skipped when clocks go forward) is refused rather
 * than silently moved; a time that happens twice (clocks go back) means its first occurrence.
 */
public final class BootcampTime {
  private BootcampTime() {}

  public static Instant toInstant(LocalDateTime local, ZoneId zone, String field) {
    if (local == null) {
      throw new RuleViolationException(field, "assignment.time.required");
    }
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    if (transition != null && transition.isGap()) {
      throw new RuleViolationException(
          field, "assignment.time.gap", local.toString().replace('T', ' '), zone.getId());
    }
    return ZonedDateTime.ofLocal(local, zone, null).withEarlierOffsetAtOverlap().toInstant();
  }

  public static LocalDateTime toLocal(Instant instant, ZoneId zone) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
  }
}
