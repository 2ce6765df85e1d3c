package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * coach.demo gives the demo cohort a mock interview (wrong inputs first), grants student.demo extra
 * time and an extension; student.demo sees it on their dashboard, due at their own time.
 */
class AssignmentJourneyIT extends Journey {
  private static final String FORBIDDEN =
      "You do not have permission to do this in the current bootcamp.";
  private static final String DEMO_COHORT_ID = "30000000-0000-4000-8000-000000000001";
  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter SHOWN_DATE =
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SHOWN_TIME =
      DateTimeFormatter.ofPattern("h:mm", Locale.ENGLISH);

  @Test
  void coachAssignsWithAnExtensionAndTheStudentSeesTheirDueTime() throws Exception {
    // the demo bootcamp keeps UTC; minutes differ per run so this run's row is recognisable
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    LocalDateTime opens = now.minusHours(1);
    LocalDateTime due = now.plusDays(3).withHour(17).withMinute(0);
    LocalDateTime extended =
        due.plusDays(2).plusMinutes(ThreadLocalRandom.current().nextInt(1, 59));

    Browser coach = browser();
    coach.signIn("coach.demo");
    coach.open("cohort/cohort.xhtml?id=" + DEMO_COHORT_ID);
    coach.waitForText("Sam Student");
    coach.assertAccessible();
    if (!coach.find("#roster\\:students\\:0\\:multiplier_label").getText().equals("×1.50")) {
      coach.choose("roster:students:0:multiplier", "×1.50");
      coach.waitForText("Extra time for Sam Student is now ×1.50.");
    }

    assertTrue(
        coach.all("#roster\\:add-coaches_input").isEmpty(),
        "a tenant admin chooses the cohort's coaches (LibraryJourneyIT)");

    // a student's name leads to their growth per competency
    coach.find("a.student-name").click();
    coach.waitForText("Progress · Sam Student");
    coach.assertAccessible();
    coach.open("cohort/cohort.xhtml?id=" + DEMO_COHORT_ID);
    coach.waitForText("Sam Student");

    coach.find("#assignments").click();
    coach.find("#assignments\\:new-assignment").click();
    coach.waitForText("Assign to cohort: " + DEMO_COHORT);
    coach.assertAccessible();
    // the first published template, as the menu's underlying options list it
    String label = chooseFirstTemplate(coach);
    String title = label.substring(0, label.lastIndexOf(" (v"));

    coach.typeDate("#assignmentForm\\:opensAt", TYPED.format(due));
    coach.typeDate("#assignmentForm\\:dueAt", TYPED.format(opens));
    coach.find("#assignmentForm\\:save").click();
    coach.waitForText("The due time must be after the opening time.");
    assertEquals(TYPED.format(due), coach.find("#assignmentForm\\:opensAt").getAttribute("value"));

    coach.typeDate("#assignmentForm\\:opensAt", TYPED.format(opens));
    coach.typeDate("#assignmentForm\\:dueAt", "next friday");
    coach.find("#assignmentForm\\:save").click();
    coach.waitForText("Enter a time as yyyy-MM-dd HH:mm");

    coach.typeDate("#assignmentForm\\:dueAt", TYPED.format(due));
    WebElement attempts = coach.find("#assignmentForm\\:attempts_input");
    attempts.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
    coach.find("#assignmentForm\\:save").click();
    coach.waitForText("\"" + title + "\" assigned.");
    coach.assertAccessible();

    coach.choose("extension:student", "Sam Student (student.demo@coachroom.test)");
    coach.typeDate("#extension\\:extensionDue", TYPED.format(due.minusHours(2)));
    coach.find("#extension\\:grant").click();
    coach.waitForText("An extension must be later than the assignment's due time.");
    coach.typeDate("#extension\\:extensionDue", TYPED.format(extended));
    coach.find("#extension\\:grant").click();
    coach.waitForText("Sam Student now has an extension.");
    coach.wait(10).until(d -> shown(coach.text(), extended));
    assertEquals("×1.50", coach.find(".student-extra-time").getText());

    // moving everyone's due time an hour later does not touch the extended student
    coach.find("#edit").click();
    coach.waitForText("Change times and rules");
    assertEquals(TYPED.format(due), coach.find("#assignmentForm\\:dueAt").getAttribute("value"));
    coach.assertAccessible();
    coach.typeDate("#assignmentForm\\:dueAt", TYPED.format(due.plusHours(1)));
    coach.find("#assignmentForm\\:save").click();
    coach.waitForText("No student is due at a different time.");
    coach.wait(10).until(d -> shown(coach.find("#due-at").getText(), due.plusHours(1)));

    coach.find("#nav-calendar").click();
    coach.waitForText("due in the next seven days");
    assertTrue(!coach.text().contains("Nothing is due"), coach.text());
    coach.assertAccessible();

    Browser student = browser();
    student.signIn("student.demo");
    useBootcampZone(student);
    student.find("#nav-dashboard").click();
    student.waitForText("What's due");
    student.assertAccessible();
    WebElement row =
        student
            .wait(10)
            .until(
                d ->
                    d.findElements(By.cssSelector("#dashboard\\:current tbody tr")).stream()
                        .filter(tr -> tr.getText().contains(title))
                        .filter(tr -> shown(tr.getText(), extended))
                        .findFirst()
                        .orElse(null));
    assertTrue(row.getText().contains("Extended"), row.getText());
    assertTrue(row.getText().contains(DEMO_COHORT), row.getText());
    assertTrue(row.getText().contains("Open"), row.getText());

    // their own growth: what released mock interviews say, or word that there is none yet
    student.find("#nav-progress").click();
    student
        .wait(10)
        .until(
            d ->
                student.text().contains("Once your coach releases")
                    || !student.all(".growth-competency").isEmpty());
    student.assertAccessible();

    student.open("assignment/calendar.xhtml");
    student.waitForText(FORBIDDEN);
    student.open("assignment/edit.xhtml?cohort=" + DEMO_COHORT_ID);
    student.waitForText(FORBIDDEN);

    // My settings: times in the student's own zone, then back to the bootcamp's
    student.open("tenancy/preferences.xhtml");
    student.waitForText("Show times in");
    student.assertAccessible();
    student.choose("preferences:timezone", "Asia/Tokyo");
    student.find("#preferences\\:save").click();
    student.waitForText("Your settings are saved.");
    student.wait(10).until(d -> student.find("#now-shown").getText().contains("JST"));
    student.open("assignment/dashboard.xhtml");
    student.wait(10).until(d -> student.find("#dashboard\\:current").getText().contains("JST"));
    useBootcampZone(student);
  }

  /** "My settings": times in the bootcamp's zone (UTC), whatever an earlier run left. */
  private static void useBootcampZone(Browser student) {
    student.open("tenancy/preferences.xhtml");
    student.choose("preferences:timezone", "Same as the bootcamp (UTC)");
    student.find("#preferences\\:save").click();
    student.waitForText("Your settings are saved.");
    student.wait(10).until(d -> student.find("#now-shown").getText().contains("UTC"));
  }

  /**
   * Whether the text shows that time (date and clock, in English; the space before AM/PM varies).
   */
  private static boolean shown(String text, LocalDateTime time) {
    String normalised = text.replace('\u202f', ' ');
    return normalised.contains(SHOWN_DATE.format(time) + ", " + SHOWN_TIME.format(time));
  }
}
