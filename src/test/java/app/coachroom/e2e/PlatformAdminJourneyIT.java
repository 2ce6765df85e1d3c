package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A person in no bootcamp gets a page that says so, not an error. */
class PlatformAdminJourneyIT extends Journey {

  @Test
  void userWithoutOrganizationSeesAnExplanation() throws Exception {
    Browser admin = browser();
    admin.signIn("platform.admin");
    admin.waitForText("not a member of any bootcamp");

    admin.assertAccessible();
    assertTrue(admin.text().contains("You are a platform admin"), admin.text());
    admin.open("cohort/cohorts.xhtml");
    admin.waitForText("not a member of any bootcamp");
  }
}
