package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * admin.demo finds the starter pack imported at start and its mock interviews published, and adds
 * and removes a coach of the demo cohort; coach.demo uploads a broken file (nothing imported, every
 * problem listed) and then a good one.
 */
class LibraryJourneyIT extends Journey {

  @Test
  void starterPackIsThereAndAFileImportsAllOrNothing() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    Browser admin = browser();
    admin.signIn("admin.demo");
    admin.find("#nav-library").click();
    admin.waitForText("The starter pack was imported here on");
    admin.assertAccessible();
    admin.find("#nav-templates").click();
    admin.waitForText("Behavioural interview (STAR)");
    admin.waitForText("Online assessment (45 minutes)");

    // who coaches a cohort is the tenant admin's choice
    admin.open("cohort/cohort.xhtml?id=" + DEMO_COHORT_ID);
    admin.find("#roster\\:add-coaches_input").sendKeys("Bo");
    admin
        .wait(10)
        .until(
            d ->
                !admin.all("#roster\\:add-coaches_panel li[data-item-label^='Bo Both']").isEmpty());
    admin.find("#roster\\:add-coaches_panel li[data-item-label^='Bo Both']").click();
    admin.find("#roster\\:add-coaches-button").click();
    admin.waitForText("1 coach added.");
    WebElement bo =
        admin
            .wait(10)
            .until(
                d ->
                    d.findElements(By.cssSelector("#roster\\:coaches tbody tr")).stream()
                        .filter(tr -> tr.getText().contains("Bo Both"))
                        .findFirst()
                        .orElse(null));
    bo.findElement(By.cssSelector(".ui-chkbox-box")).click();
    admin.find("#roster\\:remove-coaches").click();
    admin.find(".ui-confirmdialog-yes").click();
    admin.waitForText("1 person was taken off the roster.");
    assertTrue(!admin.find("#roster\\:coaches").getText().contains("Bo Both"));

    Browser coach = browser();
    coach.signIn("coach.demo");
    coach.find("#nav-library").click();
    assertTrue(
        coach.all("#starterForm\\:importStarter").isEmpty(), "only tenant admins import the pack");
    Path bad = Files.createTempFile("coachroom-bad", ".json");
    Files.writeString(
        bad,
        """
        {"format": "coachroom.authoring", "version": 1,
         "questions": [
           {"kind": "BEHAVIOURAL", "title": "Kept out %s", "prompt": "P", "stage": "BEHAVIOURAL", "difficulty": "EASY"},
           {"kind": "MULTIPLE_CHOICE", "title": "No answer", "prompt": "Pick", "stage": "TECHNICAL_SCREEN", "difficulty": "EASY",
            "choices": [{"text": "a", "correct": false}, {"text": "b", "correct": false}]},
           {"kind": "ESSAY", "title": "Odd kind"}
         ]}
        """
            .formatted(run),
        StandardCharsets.UTF_8);
    upload(coach, bad);
    coach.waitForText("Nothing was imported: the file has 2 problem(s).");
    coach.waitForText("Question 2 \"No answer\": Mark the correct choice.");
    coach.waitForText("Question 3 \"Odd kind\": \"kind\": \"ESSAY\" is not one of");
    coach.assertAccessible();

    Path good = Files.createTempFile("coachroom-good", ".json");
    Files.writeString(
        good,
        """
        {"format": "coachroom.authoring", "version": 1,
         "questions": [{"kind": "BEHAVIOURAL", "title": "Imported %s", "prompt": "Tell us.", "stage": "BEHAVIOURAL", "difficulty": "EASY"}]}
        """
            .formatted(run),
        StandardCharsets.UTF_8);
    upload(coach, good);
    coach.waitForText("Imported 1 questions and 0 rubrics");
    coach.find("#nav-questions").click();
    coach.find("#questions\\:text").sendKeys(run);
    coach.waitForText("Imported " + run);
    assertTrue(!coach.text().contains("Kept out " + run));
  }

  /** Chooses the file in the upload's (visually hidden) file input; the upload starts at once. */
  private static void upload(Browser browser, Path file) {
    browser.wait(15).until(d -> !browser.all("#importForm\\:file_input").isEmpty());
    browser.all("#importForm\\:file_input").get(0).sendKeys(file.toString());
  }
}
