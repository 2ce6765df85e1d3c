package app.coachroom.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Shows instants in pages as {@code #{times.at(...)}} (Faces' date converter does not take an
 * Instant on these servers): in the timezone the person chose, else the active bootcamp's,
 * formatted for the bootcamp's locale, with the zone named; in UTC outside a bootcamp (the platform
 * admin's pages).
 */
@Named
@ApplicationScoped
public class Times {
  private static final ZoneId UTC = ZoneId.of("UTC");

  @Inject Caller caller;

  /** The instant to the minute, in the bootcamp's zone and locale; empty for null. */
  public String at(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZoneId zone =
        caller
            .personalTimezone()
            .or(() -> caller.tenant().map(ActiveTenant::timezone))
            .map(ZoneId::of)
            .orElse(UTC);
    Locale locale =
        caller
            .tenant()
            .map(ActiveTenant::locale)
            .map(Locale::forLanguageTag)
            .orElse(Locale.ENGLISH);
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone)
            .format(instant)
        + " "
        + DateTimeFormatter.ofPattern("zzz", locale).withZone(zone).format(instant);
  }
}
