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
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "My settings" on a real server and database: per person, per bootcamp, bad zones refused. */
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

    preferences.save(false, "Asia/Tokyo");
    fixture.signIn(person, tenantA);
    assertFalse(preferences.remindersWanted());
    assertEquals(Optional.of("Asia/Tokyo"), preferences.timezone());
    assertEquals(Optional.of("Asia/Tokyo"), caller.personalTimezone());

    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> preferences.save(true, "Mars/Base"));
    assertEquals("timezone", refused.field());
    fixture.signIn(person, tenantA);
    assertFalse(preferences.remindersWanted());
    assertEquals(Optional.of("Asia/Tokyo"), preferences.timezone());

    fixture.signIn(person, tenantB);
    assertTrue(preferences.remindersWanted());
    assertEquals(Optional.empty(), caller.personalTimezone());

    fixture.signIn(person, tenantA);
    preferences.save(true, "");
    fixture.signIn(person, tenantA);
    assertEquals(Optional.empty(), caller.personalTimezone());
    assertTrue(preferences.remindersWanted());
  }

  @Test
  void someoneWithoutARoleInTheBootcampHasNoSettingsThere() {
    ActiveTenant tenant = fixture.newTenant();
    ActiveTenant other = fixture.newTenant();
    String outsider = fixture.newPerson(other, STUDENT);
    fixture.signIn(outsider, tenant);
    assertThrows(AccessDeniedException.class, () -> preferences.remindersWanted());
    assertThrows(AccessDeniedException.class, () -> preferences.save(true, "UTC"));
  }
}
