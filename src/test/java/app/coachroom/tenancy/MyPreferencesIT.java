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
import app.coachroom.tenancy.application.MyPreferences;
import app.coachroom.testing.Deployments;
import app.coachroom.testing.TenantFixture;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "My settings" on a real server and database: per person, per bootcamp, bad zones and languages
 * Coachroom does not ship refused.
 */
@ExtendWith(ArquillianExtension.class)
class MyPreferencesIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.realWarWithTests(MyPreferencesIT.class);
  }

  @Inject MyPreferences preferences;
  @Inject Caller caller;
  @Inject TenantFixture fixture;

  @Test
  void aPersonChoosesRemindersAndTimezonePerBootcamp() {
    ActiveTenant tenantA = fixture.newTenant();
    ActiveTenant tenantB = fixture.newTenant();
    String person = fixture.newPerson(tenantA, STUDENT);
    fixture.grant(tenantB, person, COACH);

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
  void someoneWithoutARoleInTheBootcampHasNoSettingsThere() {
    ActiveTenant tenant = fixture.newTenant();
    ActiveTenant other = fixture.newTenant();
    String outsider = fixture.newPerson(other, STUDENT);
    fixture.signIn(outsider, tenant);
    assertThrows(AccessDeniedException.class, () -> preferences.remindersWanted());
    assertThrows(AccessDeniedException.class, () -> preferences.save(true, "UTC", "en"));
  }
}
