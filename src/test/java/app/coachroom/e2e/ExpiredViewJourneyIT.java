package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;

/**
 * A form whose server-side view has expired (here: pushed out by many newer views in other tabs)
 * gets the friendly "page expired" message, and nothing is saved.
 */
class ExpiredViewJourneyIT extends Journey {

  @Test
  void submittingAnExpiredFormExplainsAndSavesNothing() throws Exception {
    Browser coach = browser();
    coach.signIn("coach.demo");
    coach.open("cohort/edit.xhtml");
    coach.find("#cohortForm\\:name").sendKeys("Never saved");
    String firstTab = coach.driver().getWindowHandle();

    coach.driver().switchTo().newWindow(WindowType.TAB);
    for (int i = 0; i < 30; i++) {
      coach.open("cohort/edit.xhtml");
    }
    coach.driver().switchTo().window(firstTab);
    coach.find("#cohortForm\\:save").click();
    coach.waitForText("This page was open too long");

    coach.open("cohort/cohorts.xhtml");
    coach.waitForText(DEMO_COHORT);
    assertFalse(coach.text().contains("Never saved"));
  }
}
