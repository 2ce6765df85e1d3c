package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** coach.both (coach in demo, student in second) chooses a bootcamp, then switches. */
class TenantSwitchJourneyIT extends Journey {

  @Test
  void switchingBootcampSwitchesWhatIsSeen() throws Exception {
    Browser both = browser();
    both.signIn("coach.both");
    both.waitForText("Choose a bootcamp");
    both.assertAccessible();
    both.find(".choose-demo").click();
    both.waitForText("Now working in Demo Bootcamp.");
    assertEquals("Demo Bootcamp", both.find("#tenant-name").getText());

    both.open("cohort/cohorts.xhtml");
    both.wait(10).until(d -> !both.all("[id$='new-cohort']").isEmpty()); // a coach in demo
    assertFalse(both.text().contains(DEMO_COHORT), "a coach sees only the cohorts they coach");
    assertFalse(both.text().contains(SECOND_COHORT));

    both.find("[id$='tenant-switcher']").click();
    both.find("[id$='switch-second']").click();
    both.waitForText("Now working in Second Bootcamp.");
    assertEquals("Second Bootcamp", both.find("#tenant-name").getText());

    both.open("cohort/cohorts.xhtml");
    both.waitForText(SECOND_COHORT);
    assertFalse(both.text().contains(DEMO_COHORT));
    assertTrue(both.all("[id$='new-cohort']").isEmpty(), "a student in second may not");
  }
}
