package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * student.demo takes the demo cohort's practice interview in a real browser: a multiple-choice
 * answer that survives a reload, a written answer, code in the editor, STAR fields, a recorded
 * answer (Chromium's fake microphone); then reviews and hands in, and the attempt shows the answers
 * and the score. Another bootcamp's student cannot open the attempt.
 */
class AttemptJourneyIT extends Journey {
  private static final String DEMO_COHORT_ID = "30000000-0000-4000-8000-000000000001";
  private static final String NOT_FOUND = "This page or item does not exist";

  @Test
  void studentTakesThePracticeInterviewAndHandsIn() throws Exception {
    Browser student = openPractice(browser());
    assertTrue(student.text().contains("Walk us through your background"), "the plan lists it");
    student.assertAccessible();
    String attemptId = begin(student);

    // 1: multiple choice, saved as it is ticked, kept through a reload
    String written = "Unit tests for the rules, one integration test <b>per</b> endpoint.";
    inAttempt(
        student,
        attemptId,
        () -> {
          student.find("#choice-0").click();
          student.find("#choice-1").click();
          waitSaved(student);
          student.assertAccessible();
          student.driver().navigate().refresh();
          student.waitForText("Question 1 of 5");
          student.wait(10).until(d -> student.find("#choice-1").isSelected());
          assertTrue(student.find("#choice-0").isSelected());
          assertFalse(student.find("#choice-2").isSelected());
          student.find("#next").click();

          // 2: written answer, after ending the preparation early
          student.waitForText("Question 2 of 5");
          student.find("#start-answering").click();
          student.find("#answer-text").sendKeys(written);
          waitSaved(student);
          student.driver().navigate().refresh();
          student
              .wait(10)
              .until(d -> written.equals(student.find("#answer-text").getAttribute("value")));
          student.find("#next").click();

          // 3: code in the editor
          student.waitForText("Question 3 of 5");
          student.find(".monaco-editor .view-lines").click();
          student
              .driver()
              .switchTo()
              .activeElement()
              .sendKeys(
                  Keys.chord(Keys.CONTROL, Keys.END),
                  Keys.ENTER,
                  "// a set remembers seen numbers");
          waitSaved(student);
          student.assertAccessibleWithout("color-contrast");
          student.find("#next").click();

          // 4: STAR fields
          student.waitForText("Question 4 of 5");
          student.find("#start-answering").click();
          student.find("#star-situation").sendKeys("Two of us disagreed about caching.");
          student.find("#star-result").sendKeys("We shipped on time.");
          waitSaved(student);
          student.find("#next").click();

          // 5: a recorded answer (Chromium's fake microphone), uploaded while recording
          student.waitForText("Question 5 of 5");
          student.find("#start-answering").click();
          student.find("#record-start").click();
          student.wait(15).until(d -> student.find("#record-stop").isEnabled());
          Thread.sleep(2500);
          student.find("#record-stop").click();
          student
              .wait(20)
              .until(d -> student.find("#record-state").getText().startsWith("Recording saved at"));
          student.wait(10).until(d -> student.find("#playback-audio").isDisplayed());
          student.assertAccessible();
          student.find("#next").click();
          student.waitForText("Hand in");
          String review = student.text();
          assertTrue(review.contains(written), review);
          assertTrue(review.contains("// a set remembers seen numbers"), review);
          assertTrue(review.contains("Two of us disagreed about caching."), review);
          assertEquals(1, student.all("audio.answer-recording").size(), "the recording plays back");
          student.assertAccessible();
          student.find("#review\\:submit").click();

          student.waitForText("Your attempt was handed in.");
        });
    assertTrue(student.text().contains("Multiple choice: "), student.text());
    assertTrue(student.text().contains(written));
    // axe measures the notice while it fades in (half transparent); check once it is gone
    student
        .wait(15)
        .until(
            d ->
                d.findElements(By.cssSelector(".ui-growl-item-container")).stream()
                    .noneMatch(e -> e.isDisplayed()));
    student.assertAccessible();
    // after handing in, a save from the page is refused and nothing changes
    Object status =
        ((JavascriptExecutor) student.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch('"
                    + student.appUrl()
                    + "attempt/api/"
                    + attemptId
                    + "/answers/1', {method: 'POST', headers: {'Content-Type': 'application/json',"
                    + " 'X-Coachroom-Attempt': '1'}, body: JSON.stringify({basedOn: 1, text: 'late'})})"
                    + ".then(r => r.json()).then(j => done(j.outcome));");
    assertEquals("CLOSED", status);
    student.open("attempt/attempt.xhtml?attempt=" + attemptId);
    student.waitForText(written);

    // the history lists it; the take page of a handed-in attempt shows the attempt instead
    student.find("#nav-attempts").click();
    student.waitForText(PRACTICE);
    student.assertAccessible();
    student.open("attempt/take.xhtml?attempt=" + attemptId);
    student.waitForText("Multiple choice: ");

    // the coach's progress page counts the attempt as submitted
    Browser coach = browser();
    coach.signIn("coach.demo");
    coach.open("assignment/assignments.xhtml?cohort=" + DEMO_COHORT_ID);
    coach.driver().findElement(By.linkText(PRACTICE)).click();
    coach.find("#progress").click();
    coach.waitForText("Not started");
    WebElement submitted = coach.find(".progress-SUBMITTED .count-number");
    assertTrue(Integer.parseInt(submitted.getText()) >= 1, coach.text());
    WebElement sam =
        coach
            .wait(10)
            .until(
                d ->
                    d.findElements(By.cssSelector("#students tbody tr")).stream()
                        .filter(tr -> tr.getText().contains("Sam Student"))
                        .findFirst()
                        .orElse(null));
    assertTrue(sam.getText().contains("Submitted"), sam.getText());
    coach.assertAccessible();

    // a student of another bootcamp is told it does not exist
    Browser stranger = browser();
    stranger.signIn("student.second");
    stranger.open("attempt/attempt.xhtml?attempt=" + attemptId);
    stranger.waitForText(NOT_FOUND);
    stranger.open("attempt/take.xhtml?attempt=" + attemptId);
    stranger.waitForText(NOT_FOUND);
  }

  private static void waitSaved(Browser browser) {
    browser.wait(15).until(d -> browser.find("#save-status").getText().startsWith("Saved at"));
  }
}
