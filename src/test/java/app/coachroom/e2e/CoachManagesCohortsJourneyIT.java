package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** coach.demo signs in, creates a cohort (with the wrong inputs first), renames and archives it. */
class CoachManagesCohortsJourneyIT extends Journey {

  @Test
  void coachCreatesRenamesAndArchivesACohort() throws Exception {
    Browser coach = browser();
    coach.signIn("coach.demo");
    assertEquals("Demo Bootcamp", coach.find("#tenant-name").getText());

    coach.find("#nav-cohorts").click();
    coach.waitForText(DEMO_COHORT);
    coach.assertAccessible();
    coach.find("[id$='new-cohort']").click();

    String name = "Journey " + UUID.randomUUID().toString().substring(0, 6);
    coach.typeDate("#cohortForm\\:startsOn", "2027-03-01");
    coach.typeDate("#cohortForm\\:endsOn", "2027-02-01");
    coach.find("#cohortForm\\:save").click();
    coach.wait(10).until(d -> !coach.all("#cohortForm\\:name-message.ui-message-error").isEmpty());
    assertEquals("2027-03-01", coach.find("#cohortForm\\:startsOn").getAttribute("value"));

    coach.find("#cohortForm\\:name").sendKeys(name);
    coach.find("#cohortForm\\:save").click();
    coach.waitForText("The end date cannot be before the start date.");
    assertEquals(name, coach.find("#cohortForm\\:name").getAttribute("value"));
    coach.assertAccessible();

    coach.typeDate("#cohortForm\\:endsOn", "2027-06-30");
    coach.find("#cohortForm\\:save").click();
    coach.waitForText("Cohort \"" + name + "\" created.");
    assertTrue(coach.text().contains(name));

    coach.find("[id$='new-cohort']").click();
    coach.find("#cohortForm\\:name").sendKeys(DEMO_COHORT.toUpperCase());
    coach.find("#cohortForm\\:save").click();
    coach.waitForText("Another cohort in this bootcamp already has this name.");

    coach.open("cohort/cohorts.xhtml");
    WebElement row = rowOf(coach, name);
    row.findElement(By.cssSelector("[id$='edit']")).click();
    WebElement field = coach.find("#cohortForm\\:name");
    field.clear();
    field.sendKeys(name + " renamed");
    coach.find("#cohortForm\\:save").click();
    coach.waitForText("Cohort \"" + name + " renamed\" saved.");

    rowOf(coach, name + " renamed").findElement(By.cssSelector("[id$='archive']")).click();
    coach.waitForText("Cohort \"" + name + " renamed\" archived.");
    coach
        .wait(10)
        .until(
            d ->
                d.findElements(By.cssSelector(".cohort-table tbody tr")).stream()
                    .noneMatch(tr -> tr.getText().contains(name)));
  }

  private static WebElement rowOf(Browser browser, String cohortName) {
    return browser
        .wait(10)
        .until(
            d ->
                d.findElements(By.cssSelector(".cohort-table tbody tr")).stream()
                    .filter(tr -> tr.getText().contains(cohortName))
                    .findFirst()
                    .orElse(null));
  }
}
