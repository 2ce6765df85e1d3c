package app.coachroom.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimesTest {
  private static final Instant NOON_UTC = Instant.parse("2027-01-15T12:00:00Z");

  @Test
  void timesAreShownInTheBootcampsZoneAndLocale() {
    assertEquals("15.01.2027, 13:00 MEZ", in("Europe/Berlin", "de", null, null).at(NOON_UTC));
    assertEquals(
        "Jan 15, 2027, 7:00 AM EST", spaced(in("America/New_York", "en", null, null).at(NOON_UTC)));
    assertEquals("", in("UTC", "en", null, null).at(null));
  }

  @Test
  void aPersonWhoChoseAZoneSeesTimesInItWithTheBootcampsLocale() {
    assertEquals(
        "15.01.2027, 21:00 JST", in("Europe/Berlin", "de", "Asia/Tokyo", null).at(NOON_UTC));
  }

  @Test
  void aPersonWhoChoseALanguageSeesDatesWrittenForIt() {
    assertEquals(
        "Jan 15, 2027, 1:00 PM CET", spaced(in("Europe/Berlin", "de", null, "en").at(NOON_UTC)));
  }

  @Test
  void aMailIsWrittenForItsRecipientsChoicesNotTheCallers() {
    Times times = in("Europe/Berlin", "de", null, null);
    times.memberships =
        new Memberships() {
          @Override
          public Set<Role> rolesOf(String subject) {
            return Set.of(Role.STUDENT);
          }

          @Override
          public Choices choices(String subject) {
            return subject.equals("recipient")
                ? new Choices(Optional.of("Asia/Tokyo"), Optional.of("en"))
                : Choices.NONE;
          }
        };
    Times.Reader recipient = times.reader("recipient");
    assertEquals(ZoneId.of("Asia/Tokyo"), recipient.zone());
    assertEquals(Locale.ENGLISH, recipient.language());
    assertEquals("Jan 15, 2027, 9:00 PM JST", spaced(recipient.at(NOON_UTC)));
    Times.Reader other = times.reader("someone-else");
    assertEquals("15.01.2027, 13:00 MEZ", other.at(NOON_UTC), "the bootcamp's");
    assertEquals(Locale.ENGLISH, other.language(), "German is not shipped: English texts");
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

  /** Times for a caller in a bootcamp of that zone and locale, with their own choices (or null). */
  private static Times in(String zone, String locale, String ownZone, String ownLanguage) {
    Caller caller =
        new Caller() {
          @Override
          public Optional<String> personalTimezone() {
            return Optional.ofNullable(ownZone);
          }

          @Override
          public Optional<String> personalLanguage() {
            return Optional.ofNullable(ownLanguage);
          }
        };
    caller.signIn("subject", "Someone", false);
    caller.enterTenant(new ActiveTenant("t", "t", "T", null, zone, locale));
    Times times = new Times();
    times.caller = caller;
    return times;
  }
}
