package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * coach.demo builds a soft-skill curriculum: modules reordered by keyboard and by dragging, a
 * lesson in Markdown with a live preview that neutralises an injected script, publishing refused
 * while a lesson is empty. student.demo reads the published course and cannot open a draft.
 */
class CourseJourneyIT extends Journey {

  @Test
  void coachWritesAndPublishesACurriculumAndAStudentReadsIt() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String course = "Listening well " + run;
    Browser coach = browser();
    coach.signIn("coach.demo");
    coach.find("#nav-courses").click();
    coach.find("[id$='new-course']").click();
    coach.find("#courseForm\\:saveDetails").click();
    coach.waitForText("This field is required.");
    coach.find("#courseForm\\:title").sendKeys(course);
    new Select(coach.find("#courseForm\\:kind")).selectByVisibleText("Soft-skill curriculum");
    coach.find("#courseForm\\:saveDetails").click();
    coach.waitForText("Course \"" + course + "\" created.");
    coach.assertAccessible();

    for (String module : List.of("Why listening matters", "Paraphrasing", "Asking questions")) {
      coach.find("#outlineForm\\:moduleTitle").sendKeys(module);
      coach.find("#outlineForm\\:addModule").click();
      coach.wait(15).until(d -> moduleTitles(coach).contains(module));
    }
    // keyboard: focus the "down" button of the first module and press Enter
    coach.find("button[aria-label='Move module down: Why listening matters']").sendKeys("\n");
    coach
        .wait(15)
        .until(
            d ->
                moduleTitles(coach)
                    .equals(List.of("Paraphrasing", "Why listening matters", "Asking questions")));
    // mouse: drag the last module's row onto the first
    List<WebElement> rows = coach.all("#outlineForm\\:modules_data > tr");
    new Actions(coach.driver())
        .clickAndHold(rows.get(2).findElement(org.openqa.selenium.By.cssSelector("td")))
        .moveByOffset(0, -10)
        .moveToElement(rows.get(0))
        .moveByOffset(0, -5)
        .release()
        .perform();
    coach
        .wait(15)
        .until(
            d ->
                moduleTitles(coach)
                    .equals(List.of("Asking questions", "Paraphrasing", "Why listening matters")));
    coach.driver().navigate().refresh();
    coach
        .wait(15)
        .until(
            d ->
                moduleTitles(coach)
                    .equals(List.of("Asking questions", "Paraphrasing", "Why listening matters")));

    coach.all(".module-link").get(1).click();
    coach.waitForText("Lessons of Paraphrasing");
    coach.find("#outlineForm\\:lessonTitle").sendKeys("Say it back");
    coach.find("#outlineForm\\:addLesson").click();
    coach.wait(15).until(d -> !coach.all(".lesson-link").isEmpty());
    coach.find("#outlineForm\\:publish").click();
    coach.waitForText("Lesson \"Say it back\" in module \"Paraphrasing\" has no content yet.");
    coach.assertAccessible();

    coach.find(".lesson-link").click();
    coach
        .find("#lessonForm\\:body")
        .sendKeys(
            "## Say it back\n\nRepeat the **key point** in your own words.\n\n"
                + "<img src=x onerror=\"document.title='pwned'\"> [trap](javascript:alert(1))");
    coach.wait(15).until(d -> coach.find("#lessonForm\\:preview").getText().contains("key point"));
    assertEquals("key point", coach.find("#lessonForm\\:preview strong").getText());
    assertTrue(coach.all("#lessonForm\\:preview img[onerror]").isEmpty());
    assertTrue(coach.all("#lessonForm\\:preview a[href^='javascript']").isEmpty());
    coach.assertAccessible();
    coach.find("#lessonForm\\:save").click();
    coach.waitForText("Lesson \"Say it back\" saved.");
    coach.waitForText("Lessons of Paraphrasing"); // back where the coach was
    coach.find("#outlineForm\\:publish").click();
    coach.waitForText("Published \"" + course + "\": students can read it now.");

    // move the lesson to another module from its editor
    coach.find(".lesson-link").click();
    new Select(coach.find("#lessonForm\\:module")).selectByVisibleText("Asking questions");
    coach.find("#lessonForm\\:save").click();
    coach.waitForText("Lesson \"Say it back\" saved.");
    coach.waitForText("Lessons of Asking questions");
    coach.wait(15).until(d -> coach.all(".lesson-link").size() == 1);

    Browser student = browser();
    student.signIn("student.demo");
    student.find("#nav-catalogue").click();
    student.waitForText(course);
    student.all(".catalogue-link").stream()
        .filter(a -> a.getText().equals(course))
        .findFirst()
        .orElseThrow()
        .click();
    student.waitForText("Repeat the key point in your own words.");
    assertTrue(!student.driver().getTitle().contains("pwned"));
    student.assertAccessible();
    String readUrl = student.driver().getCurrentUrl();

    coach.find("#outlineForm\\:unpublish").click();
    coach.waitForText("is a draft again");
    student.driver().get(readUrl);
    student.waitForText("This page or item does not exist, or it is not part of your bootcamp.");
    student.open("course/courses.xhtml");
    student.waitForText("You do not have permission to do this in the current bootcamp.");
  }

  private static List<String> moduleTitles(Browser coach) {
    return coach.all(".module-link").stream()
        .map(WebElement::getText)
        .map(t -> t.replaceFirst("^\\d+\\. ", ""))
        .toList();
  }
}
