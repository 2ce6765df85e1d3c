package app.coachroom.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Shows instants in pages as {@code #{times.at(...)}} (Faces' date converter does not take an
 * Instant on these servers), and in e-mails through {@link #reader(String)}: in the timezone the
 * person chose, else the active bootcamp's, formatted for the language they chose, else the
 * bootcamp's locale, with the zone named; in UTC outside a bootcamp (the platform admin's pages).
 */
@Named
@ApplicationScoped
public class Times {
  private static final ZoneId UTC = ZoneId.of("UTC");

  @Inject Caller caller;
  @Inject Memberships memberships;

  /**
   * How one person reads texts and times: the language of their texts, their zone, and the locale
   * their dates are written for.
   */
  public record Reader(Locale language, ZoneId zone, Locale formats) {
    /** The instant to the minute, in the reader's zone and locale; empty for null. */
    public String at(Instant instant) {
      if (instant == null) {
        return "";
      }
      return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
              .withLocale(formats)
              .withZone(zone)
              .format(instant)
          + " "
          + DateTimeFormatter.ofPattern("zzz", formats).withZone(zone).format(instant);
    }
  }

  /** The instant to the minute, as the caller reads it; empty for null. */
  public String at(Instant instant) {
    return reader(caller.personalTimezone(), caller.personalLanguage()).at(instant);
  }

  /** The day of the instant in the caller's zone, as a date in their locale; empty for null. */
  public String day(Instant instant) {
    if (instant == null) {
      return "";
    }
    Reader reader = reader(caller.personalTimezone(), caller.personalLanguage());
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(reader.formats())
        .format(instant.atZone(reader.zone()).toLocalDate());
  }

  /**
   * The instant to the minute when it is known, else only the day (a date in the caller's locale):
   * what a grader sees of a hand-in while identities are hidden. Empty when both are null.
   */
  public String atOrDay(Instant instant, LocalDate day) {
    Reader reader = reader(caller.personalTimezone(), caller.personalLanguage());
    if (instant != null || day == null) {
      return reader.at(instant);
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(reader.formats())
        .format(day);
  }

  /**
   * How a member of the active bootcamp reads texts and times (the recipient of an e-mail, say):
   * their own choices there, else the bootcamp's.
   */
  public Reader reader(String subject) {
    Memberships.Choices choices =
        caller.tenant().isPresent() ? memberships.choices(subject) : Memberships.Choices.NONE;
    return reader(choices.timezone(), choices.language());
  }

  private Reader reader(Optional<String> timezone, Optional<String> language) {
    Optional<ActiveTenant> tenant = caller.tenant();
    ZoneId zone = timezone.or(() -> tenant.map(ActiveTenant::timezone)).map(ZoneId::of).orElse(UTC);
    Optional<String> tag = language.or(() -> tenant.map(ActiveTenant::locale));
    return new Reader(
        Languages.resolve(tag.orElse(null)),
        zone,
        tag.map(Locale::forLanguageTag).orElse(Locale.ENGLISH));
  }
}
