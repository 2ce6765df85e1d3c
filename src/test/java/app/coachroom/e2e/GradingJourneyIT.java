package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * coach.demo grades student.demo's handed-in technical interview from the grading queue with the
 * keyboard alone (levels with 1-6, answers with j, a comment with c), the draft saving itself; the
 * demo assignment releases results automatically once every criterion has a level. Taking the
 * results back hides them from the student, releasing shows them again; the student reads the
 * total, the levels with their descriptors, the comment and the results per competency. Another
 * bootcamp's coach, and the student, cannot open the review screen.
 */
class GradingJourneyIT extends Journey {
  private static final String ANSWER = "A relational catalogue: products share most attributes.";
  private static final String COMMENT = "Good trade-off discussion.";

  @Test
  void aCoachGradesWithTheKeyboardAndTheStudentReadsTheFeedback() throws Exception {
    Browser student = openInterview(browser(), TECHNICAL);
    String attemptId = begin(student, 3);
    inAttempt(
        student,
        attemptId,
        () -> {
          student.find("#start-answering").click();
          student.find("#answer-text").sendKeys(ANSWER);
          student
              .wait(20)
              .until(d -> student.find("#save-status").getText().startsWith("Saved at"));
          handIn(student, attemptId);
        });
    assertTrue(student.all("#feedback").isEmpty(), "no feedback before grading");

    Browser coach = browser();
    coach.signIn("coach.demo");
    coach.find("#nav-grading").click();
    coach.waitForText("To grade");
    coach.find("a.queue-student[href*='" + attemptId + "']").click();
    coach.waitForText("Question 1 of 3");
    assertTrue(coach.text().contains(ANSWER), "the answer is shown");
    coach.assertAccessible();

    // question 1 (three criteria): 3, 2, 3 points; a comment; question 2 (four): 3, 3, 2, 3;
    // question 3 (three): 2, 2, 2
    keys(coach, "1", "2", "1", "c");
    coach.wait(5).until(d -> activeIsComment(coach));
    keys(coach, COMMENT, Keys.ESCAPE.toString(), "j");
    coach.waitForText("Question 2 of 3");
    keys(coach, "1", "1", "2", "1", "j");
    keys(coach, "2", "2", "2");
    coach.wait(20).until(d -> coach.find("#total").getText().equals("Total: 25 of 30 points"));
    coach.wait(20).until(d -> coach.find("#grade\\:status").getText().equals("Released"));
    assertTrue(coach.find("#save-state").getText().startsWith("Draft saved at"));

    // kept: a reload shows the same answer, every level and the comment
    coach.driver().navigate().refresh();
    coach.waitForText("Question 3 of 3");
    keys(coach, "k", "k");
    coach.waitForText("Question 1 of 3");
    assertEquals(
        10L,
        script(coach, "return document.querySelectorAll('input[type=radio]:checked').length;"));
    assertEquals(COMMENT, coach.find(".grade-sheet.current textarea").getAttribute("value"));
    coach.assertAccessible();

    // taken back: the student sees nothing; released again: the feedback
    coach.find("#grade\\:unrelease").click();
    coach
        .wait(15)
        .until(d -> coach.find("#grade\\:status").getText().equals("Graded, not released"));
    student.driver().navigate().refresh();
    student.waitForText("Your coach reviews this attempt");
    assertTrue(student.all("#feedback").isEmpty(), "nothing once taken back");
    coach.find("#grade\\:release").click();
    coach.wait(15).until(d -> coach.find("#grade\\:status").getText().equals("Released"));
    coach.find("#grade\\:show-history").click();
    coach
        .wait(15)
        .until(d -> coach.find("#grade\\:history-table").getText().contains("Taken back"));

    student.driver().navigate().refresh();
    student.waitForText("Feedback");
    assertEquals("25 of 30 points", student.find("#feedback-total").getText());
    String feedback = student.find("#feedback").getText();
    assertTrue(feedback.contains(COMMENT), feedback);
    assertTrue(feedback.contains("Correct, including edge cases."), "the level's descriptor");
    assertTrue(student.find("#competency-results").getText().contains("Clear communication"));
    student.assertAccessible();

    // nobody else opens the review screen
    String review = "grading/grade.xhtml?attempt=" + attemptId;
    Browser stranger = browser();
    stranger.signIn("coach.second");
    stranger.open(review);
    stranger.waitForText("Not found");
    student.open(review);
    student.waitForText("Not allowed");
  }

  /** Types keys into whatever has the focus, as a person at the keyboard does. */
  private static void keys(Browser browser, String... keys) {
    for (String key : keys) {
      new Actions(browser.driver()).sendKeys(key).perform();
    }
  }

  private static boolean activeIsComment(Browser browser) {
    return Boolean.TRUE.equals(
        script(browser, "return document.activeElement.classList.contains('grade-comment');"));
  }

  private static Object script(Browser browser, String js) {
    return ((JavascriptExecutor) browser.driver()).executeScript(js);
  }
}
