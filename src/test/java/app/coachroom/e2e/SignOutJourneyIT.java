package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Signing out ends the app and Keycloak sessions; the back button then asks for a login. */
class SignOutJourneyIT extends Journey {

  @Test
  void afterSignOutTheBackButtonLeadsToTheLoginPage() throws Exception {
    Browser coach = browser();
    coach.signIn("coach.demo");
    coach.open("cohort/cohorts.xhtml");
    coach.waitForText(DEMO_COHORT);

    coach.find("[id$='user-menu']").click();
    coach.find("[id$='sign-out']").click();
    coach.wait(20).until(d -> coach.onKeycloakLogin());

    coach.driver().navigate().back();
    coach.wait(20).until(d -> coach.onKeycloakLogin());
    assertFalse(coach.text().contains(DEMO_COHORT));

    coach.open("cohort/cohorts.xhtml");
    coach.wait(20).until(d -> coach.onKeycloakLogin());
    assertTrue(coach.onKeycloakLogin());
  }
}
