package app.coachroom.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimesTest {
  private static final Instant NOON_UTC = Instant.parse("2027-01-15T12:00:00Z");

  @Test
  void timesAreShownInTheBootcampsZoneAndLocale() {
    assertEquals("15.01.2027, 13:00 MEZ", in("Europe/Berlin", "de").at(NOON_UTC));
    assertEquals("Jan 15, 2027, 7:00 AM EST", spaced(in("America/New_York", "en").at(NOON_UTC)));
    assertEquals("", in("UTC", "en").at(null));
  }

  @Test
  void aPersonWhoChoseAZoneSeesTimesInItWithTheBootcampsLocale() {
    Caller caller =
        new Caller() {
          @Override
          public Optional<String> personalTimezone() {
            return Optional.of("Asia/Tokyo");
          }
        };
    caller.signIn("subject", "Someone", false);
    caller.enterTenant(new ActiveTenant("t", "t", "T", null, "Europe/Berlin", "de"));
    Times times = new Times();
    times.caller = caller;
    assertEquals("15.01.2027, 21:00 JST", times.at(NOON_UTC));
  }

  @Test
  void outsideABootcampTimesAreUtc() {
    Times times = new Times();
    times.caller = new Caller();
    assertEquals("Jan 15, 2027, 12:00 PM UTC", spaced(times.at(NOON_UTC)));
  }

  /** JDK 20+ (CLDR 42) puts a narrow no-break space before AM/PM; JDK 17 a plain one. */
  private static String spaced(String text) {
    return text.replace('\u202f', ' ');
  }

  private static Times in(String zone, String locale) {
    Caller caller =
        new Caller() {
          @Override
          public Optional<String> personalTimezone() {
            return Optional.empty();
          }
        };
    caller.signIn("subject", "Someone", false);
    caller.enterTenant(new ActiveTenant("t", "t", "T", null, zone, locale));
    Times times = new Times();
    times.caller = caller;
    return times;
  }
}
