package app.coachroom.tenancy;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.rest.JsonAnswer;
import app.coachroom.tenancy.application.MyPreferences;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.TenantFixture;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * "My settings" on a real server and database: per person, per bootcamp, bad zones and languages
 * Coachroom does not ship refused.
 */
class MyPreferencesIT extends InContainerTest {

  @Inject MyPreferences preferences;
  @Inject Caller caller;
  @Inject TenantFixture fixture;

  /** A person who is a student in bootcamp A and a coach in bootcamp B. */
  private record InTwo(String person, ActiveTenant tenantA, ActiveTenant tenantB) {}

  private InTwo personInTwoBootcamps() {
    ActiveTenant tenantA = fixture.newTenant();
    ActiveTenant tenantB = fixture.newTenant();
    String person = fixture.newPerson(tenantA, STUDENT);
    fixture.grant(tenantB, person, COACH);
    return new InTwo(person, tenantA, tenantB);
  }

  @Test
  void aPersonChoosesRemindersAndTimezonePerBootcamp() {
    InTwo two = personInTwoBootcamps();
    String person = two.person();
    ActiveTenant tenantA = two.tenantA();
    ActiveTenant tenantB = two.tenantB();

    fixture.signIn(person, tenantA);
    assertTrue(preferences.remindersWanted());
    assertEquals(Optional.empty(), preferences.timezone());
    assertEquals(Optional.empty(), caller.personalTimezone());

    assertEquals(Optional.empty(), preferences.language());
    assertEquals(Locale.ENGLISH, caller.language(), "the bootcamp's (en)");

    preferences.save(false, "Asia/Tokyo", "en");
    fixture.signIn(person, tenantA);
    assertFalse(preferences.remindersWanted());
    assertEquals(Optional.of("Asia/Tokyo"), preferences.timezone());
    assertEquals(Optional.of("Asia/Tokyo"), caller.personalTimezone());
    assertEquals(Optional.of("en"), preferences.language());
    assertEquals(Locale.ENGLISH, caller.language());

    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> preferences.save(true, "Mars/Base", "en"));
    assertEquals("timezone", refused.field());
    RuleViolationException unshipped =
        assertThrows(RuleViolationException.class, () -> preferences.save(true, "UTC", "tlh"));
    assertEquals("language", unshipped.field());
    fixture.signIn(person, tenantA);
    assertFalse(preferences.remindersWanted());
    assertEquals(Optional.of("Asia/Tokyo"), preferences.timezone());
    assertEquals(Optional.of("en"), preferences.language());

    fixture.signIn(person, tenantB);
    assertTrue(preferences.remindersWanted());
    assertEquals(Optional.empty(), caller.personalTimezone());

    fixture.signIn(person, tenantA);
    preferences.save(true, "", "");
    fixture.signIn(person, tenantA);
    assertEquals(Optional.empty(), caller.personalTimezone());
    assertEquals(Optional.empty(), preferences.language());
    assertTrue(preferences.remindersWanted());
  }

  @Test
  void textsFollowThePersonsLanguage() {
    InTwo two = personInTwoBootcamps();
    String person = two.person();
    fixture.signIn(person, two.tenantA());
    preferences.save(true, "", "eo"); // the test language (testing/Deployments)

    fixture.signIn(person, two.tenantA());
    assertEquals(Locale.forLanguageTag("eo"), caller.language());
    assertEquals(
        "{\"message\":\"Tiu provo aux demando ne ekzistas, aux ne estas via.\"}",
        JsonAnswer.message(404, "attempt.api.notFound").getEntity(),
        "the attempt API's failure, in the person's language");
    assertEquals(
        "{\"message\":\"The server is busy. Retrying\u2026\"}",
        JsonAnswer.message(503, "attempt.api.busy").getEntity(),
        "a key the language lacks: English");

    fixture.signIn(person, two.tenantB());
    assertEquals(
        "{\"message\":\"This attempt or question does not exist, or it is not yours.\"}",
        JsonAnswer.message(404, "attempt.api.notFound").getEntity(),
        "the other bootcamp's (English): the choice is per bootcamp");
  }

  @Test
  void someoneWithoutARoleInTheBootcampHasNoSettingsThere() {
    ActiveTenant tenant = fixture.newTenant();
    ActiveTenant other = fixture.newTenant();
    String outsider = fixture.newPerson(other, STUDENT);
    fixture.signIn(outsider, tenant);
    assertThrows(AccessDeniedException.class, () -> preferences.remindersWanted());
    assertThrows(AccessDeniedException.class, () -> preferences.save(true, "UTC", "en"));
  }
}
