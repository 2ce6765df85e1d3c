package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The authoring journey of issue 4: coach.demo writes a coding and a behavioural question, builds a
 * rubric, builds a mock-interview template from the bank (refused first without questions and with
 * a zero answer limit, keeping what was typed), publishes it, edits it again and sees version 2 as
 * a draft while version 1 stays published and unchanged. A student is turned away.
 */
class TemplateJourneyIT extends Journey {

  @Test
  void coachBuildsPublishesAndRevisesAMockInterview() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String coding = "Two sum " + run;
    String behavioural = "Disagreeing with a teammate " + run;
    String rubric = "Interview rubric " + run;
    String template = "Backend screen " + run;
    Browser coach = browser();
    coach.signIn("coach.demo");

    coach.find("#nav-questions").click();
    coach.find("[id$='new-question']").click();
    coach.choose("questionForm:kind", "Coding");
    coach.find("#questionForm\\:title").sendKeys(coding);
    coach.find("#questionForm\\:prompt").sendKeys("Return the indexes of two numbers adding to k.");
    coach.choose("questionForm:language", "Java");
    coach.find("#questionForm\\:starterCode").sendKeys("int[] twoSum(int[] a, int k) {\n    \n}");
    coach.find("#questionForm\\:save").click();
    coach.waitForText("Question \"" + coding + "\" created.");

    coach.find("[id$='new-question']").click();
    coach.choose("questionForm:kind", "Behavioural (STAR)");
    coach.waitForText("Students answer in STAR form");
    coach.find("#questionForm\\:title").sendKeys(behavioural);
    coach.find("#questionForm\\:prompt").sendKeys("Tell us about a time you disagreed.");
    coach.choose("questionForm:stage", "Behavioural / culture interview");
    coach.find("#questionForm\\:save").click();
    coach.waitForText("Question \"" + behavioural + "\" created.");

    coach.find("#nav-rubrics").click();
    coach.find("[id$='new-rubric']").click();
    coach.find("#rubricForm\\:title").sendKeys(rubric);
    coach.find("input[id$='criterionTitle']").sendKeys("Problem solving");
    List<WebElement> descriptors = coach.all("input[id$=':descriptor']");
    String[] levels = {"Excellent", "Good", "Weak", "Missing"};
    for (int i = 0; i < levels.length; i++) {
      descriptors.get(i).sendKeys(levels[i]);
    }
    coach.find("#rubricForm\\:save").click();
    coach.waitForText("Rubric \"" + rubric + "\" created.");

    coach.find("#nav-templates").click();
    coach.find("[id$='new-template']").click();
    coach.find("#templateForm\\:title").sendKeys(template);
    coach.choose("templateForm:stage", "Technical screen / online assessment");
    new Select(coach.find("#templateForm\\:defaultRubric")).selectByVisibleText(rubric);
    coach.find("#templateForm\\:instructions").sendKeys("Think aloud. Ask if unsure.");
    coach.find("#templateForm\\:save").click();
    coach.waitForText("Add at least one question.");
    assertEquals(template, coach.find("#templateForm\\:title").getAttribute("value"));
    coach.assertAccessible();

    coach.find("#templateForm\\:pickerText").sendKeys(run);
    coach.wait(15).until(d -> pickerTitles(coach).size() == 2);
    addFromPicker(coach, coding);
    coach.wait(15).until(d -> itemTitles(coach).equals(List.of(coding)));
    addFromPicker(coach, behavioural);
    coach.wait(15).until(d -> itemTitles(coach).equals(List.of(coding, behavioural)));
    WebElement answer = coach.all("input[id$=':answer']").get(0);
    answer.clear();
    answer.sendKeys("0");
    coach.find("#templateForm\\:publish").click();
    coach.waitForText("Question 1: the answer limit must be between 1 and 180 minutes.");
    assertEquals(List.of(coding, behavioural), itemTitles(coach));
    assertEquals(
        rubric,
        new Select(coach.find("#templateForm\\:defaultRubric")).getFirstSelectedOption().getText());
    coach.assertAccessible();
    answer = coach.all("input[id$=':answer']").get(0);
    answer.clear();
    answer.sendKeys("20");
    coach.find("#templateForm\\:publish").click();
    coach.waitForText("Published version 1 of \"" + template + "\".");
    assertEquals("Published", coach.find("#shown-status").getText());
    coach.waitForText("Graded with: " + rubric + " (3 points)");
    coach.assertAccessible();

    coach.find("#versionForm\\:edit").click();
    coach.waitForText(
        "Version 1 is published. Saving starts draft version 2; version 1 stays as it is.");
    WebElement title = coach.find("#templateForm\\:title");
    title.clear();
    title.sendKeys(template + " (v2)");
    coach.find("button[id$=':1:up']").click();
    coach.wait(15).until(d -> itemTitles(coach).equals(List.of(behavioural, coding)));
    coach.find("#templateForm\\:save").click();
    coach.waitForText("Saved draft version 2 of \"" + template + " (v2)\".");
    assertEquals("Draft", coach.find("#shown-status").getText());
    assertEquals(
        List.of("Version 1 · Published", "Version 2 · Draft"),
        coach.all(".history-entry").stream()
            .map(e -> e.getText().replaceAll(" · published.*", ""))
            .toList());
    coach.assertAccessible();

    coach.all(".history-link").get(0).click();
    coach.wait(15).until(d -> coach.find("#shown-status").getText().equals("Published"));
    assertEquals(template, coach.find("#template-title").getText());
    assertEquals(
        List.of(coding, behavioural),
        coach.all(".version-item .item-title").stream()
            .map(e -> e.getText().replaceAll(" · .*", ""))
            .toList());

    coach.find("#nav-templates").click();
    coach.waitForText(template + " (v2)");
    String row =
        coach.all(".template-table tbody tr").stream()
            .map(WebElement::getText)
            .filter(t -> t.contains(template))
            .findFirst()
            .orElseThrow();
    assertTrue(row.contains("Published v1") && row.contains("Draft v2"), row);

    Browser student = browser();
    student.signIn("student.demo");
    student.open("interviewtemplate/templates.xhtml");
    student.waitForText("You do not have permission to do this in the current bootcamp.");
    assertTrue(student.all("#nav-templates").isEmpty());
  }

  private static List<String> pickerTitles(Browser coach) {
    return coach.all(".picker-result .picker-title").stream().map(WebElement::getText).toList();
  }

  private static List<String> itemTitles(Browser coach) {
    return coach.all(".item-row .item-title").stream().map(WebElement::getText).toList();
  }

  private static void addFromPicker(Browser coach, String title) {
    coach.all(".picker-result").stream()
        .filter(li -> li.findElement(By.cssSelector(".picker-title")).getText().equals(title))
        .findFirst()
        .orElseThrow()
        .findElement(By.cssSelector("button"))
        .click();
  }
}
