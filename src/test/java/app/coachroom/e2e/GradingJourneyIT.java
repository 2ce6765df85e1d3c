package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * coach.demo opens student.demo's handed-in technical interview from the grading queue (opening
 * begins nothing), starts grading it and grades it with the keyboard alone (levels with 1-6,
 * answers with j, a comment with c), the draft saving itself; the demo assignment releases results
 * automatically once every criterion has a level. Taking the results back hides them from the
 * student, and releasing the whole assignment from the queue leaves them back; the grades download
 * as CSV; releasing by hand shows them again. The student reads the total, the levels with their
 * descriptors, the comment and the results per competency; the coach prints the report. Two tabs on
 * one review: the stale save is a conflict the coach settles. Another bootcamp's coach, and the
 * student, cannot open the review screen.
 */
class GradingJourneyIT extends Journey {
  private static final String DEMO_COHORT_ID = "30000000-0000-4000-8000-000000000001";
  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
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
    assertEquals("Not begun", coach.find("#grade\\:status").getText(), "opening begins nothing");
    coach.assertAccessible();
    coach.find("#grade\\:claim").click();
    coach.wait(20).until(d -> coach.find("#grade\\:status").getText().equals("In progress"));

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

    // results taken back stay back when the whole assignment is released from the queue (only by
    // hand again); the grades download as a spreadsheet
    coach.find("#nav-grading").click();
    coach.waitForText("To grade");
    Select assignment = new Select(coach.find("#queue\\:assignment"));
    assignment.getOptions().stream()
        .filter(o -> o.getText().startsWith(TECHNICAL))
        .findFirst()
        .orElseThrow()
        .click();
    coach.wait(15).until(d -> coach.find("#results-counts").getText().startsWith(TECHNICAL));
    assertTrue(coach.find("#results-counts").getText().contains("1 taken back"));
    coach.find("#queue\\:release-all").click();
    coach.waitForText(
        "No attempt of this assignment is graded in full and waiting to be released.");
    Path downloads = Files.createTempDirectory("coachroom-grades");
    coach.downloadTo(downloads);
    coach.find("#queue\\:export").click();
    Path csv = downloads.resolve("grades-technical-interview-apis-and-data.csv");
    coach.wait(20).until(d -> Files.exists(csv) && csv.toFile().length() > 0);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertTrue(lines.get(0).startsWith("\uFEFFstudent,email,attempt,handed_in_utc,late,state,Q1 "));
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("Sam Student,") && l.contains(",graded,")),
        String.join("\n", lines));

    coach.open("grading/grade.xhtml?attempt=" + attemptId);
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

    // the coach prints the report: the feedback without the app's menus and buttons
    coach.open("grading/report.xhtml?attempt=" + attemptId);
    coach.waitForText("Feedback report");
    assertEquals("Sam Student", coach.find("#report-student").getText());
    assertEquals("25 of 30 points", coach.find("#feedback-total").getText());
    coach.assertAccessible();
    coach.emulateMedia("print");
    assertFalse(coach.all(".sidemenu").get(0).isDisplayed());
    assertFalse(coach.all("#print").get(0).isDisplayed());
    assertTrue(coach.find("#feedback").isDisplayed());
    coach.emulateMedia(null);

    // two tabs on one review: the later save, based on what the first tab read, is a conflict
    // shown side by side, and the coach keeps theirs
    String review = "grading/grade.xhtml?attempt=" + attemptId;
    coach.open(review);
    coach.waitForText("Question 1 of 3");
    Browser otherTab = browser();
    otherTab.signIn("coach.demo");
    otherTab.open(review);
    otherTab.waitForText("Question 1 of 3");
    keys(otherTab, "4");
    otherTab
        .wait(20)
        .until(d -> otherTab.find("#total").getText().equals("Total: 22 of 30 points"));
    keys(coach, "2");
    coach.wait(20).until(d -> !coach.all("[id$='conflict-panel']").isEmpty());
    String conflict = coach.find("[id$='conflict-panel']").getText();
    assertTrue(
        conflict.contains("1. SQL or NoSQL for a product catalogue Correctness 2 0"), conflict);
    coach.find("#grade\\:keep-mine").click();
    coach.wait(20).until(d -> coach.find("#total").getText().equals("Total: 24 of 30 points"));
    otherTab.driver().navigate().refresh();
    otherTab
        .wait(20)
        .until(d -> otherTab.find("#total").getText().equals("Total: 24 of 30 points"));

    // n: the next student, or word that nothing is left
    keys(coach, "n");
    coach
        .wait(20)
        .until(
            d ->
                !coach.driver().getCurrentUrl().contains(attemptId)
                    || coach.text().contains("Nothing left to grade here."));

    // the bootcamp's admin finds each grade action of this journey in the audit log: who, the
    // cohort, about whom, before and after; narrowed to one kind
    Browser admin = browser();
    admin.signIn("admin.demo");

    // the admin gives the cohort an anonymously graded interview (opening in a few days) and
    // reveals its identities from its grading queue: once, for good
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    admin.open("assignment/edit.xhtml?cohort=" + DEMO_COHORT_ID);
    admin.waitForText("Assign to cohort");
    chooseFirstTemplate(admin);
    admin.typeDate("#assignmentForm\\:opensAt", TYPED.format(now.plusDays(5)));
    admin.typeDate("#assignmentForm\\:dueAt", TYPED.format(now.plusDays(7)));
    admin.find("#assignmentForm\\:anonymous .ui-chkbox-box").click();
    admin.find("#assignmentForm\\:save").click();
    admin.waitForText("assigned.");
    assertEquals("Anonymous until identities are revealed", admin.find("#grading").getText());
    admin.find("#grade").click();
    admin.waitForText("Graded anonymously: graders see codes");
    admin.find("#queue\\:reveal").click();
    admin.waitForText("cannot be undone, and is logged");
    admin.assertAccessible();
    admin.find("#queue\\:reveal-confirm").click();
    admin.waitForText("Identities revealed. Graders now see whose attempts these are.");
    assertTrue(admin.all("#queue\\:reveal").isEmpty(), "once");
    admin.driver().navigate().back();
    admin.driver().navigate().refresh();
    admin
        .wait(15)
        .until(d -> admin.find("#grading").getText().startsWith("Anonymous; identities revealed"));

    admin.open("audit/audit.xhtml");
    admin.waitForText("Audit log");
    String log = admin.find("#audit\\:table").getText();
    for (String kind :
        List.of(
            "Grade changed",
            "Results released",
            "Results taken back",
            "Grades downloaded",
            "Feedback report opened",
            "Identities revealed")) {
      assertTrue(log.contains(kind), kind + " in\n" + log);
    }
    assertTrue(log.contains("(Sam Student)"), "about whom");
    assertTrue(log.contains("22/30 → 24/30"), "the kept save, before and after:\n" + log);
    new Select(admin.find("#audit\\:kind")).selectByVisibleText("Results taken back");
    admin
        .wait(15)
        .until(
            d -> {
              String rows = admin.find("#audit\\:table").getText();
              return rows.contains("Results taken back") && !rows.contains("Grade changed");
            });
    admin.assertAccessible();

    // nobody else opens the review screen
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
