package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * coach.demo builds a two-criterion rubric, is told about duplicate points without losing what was
 * typed, fixes them, and tries the rubric in the grading preview.
 */
class RubricJourneyIT extends Journey {

  @Test
  void coachBuildsARubricAndTriesItInThePreview() throws Exception {
    String title = "STAR " + UUID.randomUUID().toString().substring(0, 6);
    Browser coach = browser();
    coach.signIn("coach.demo");
    coach.find("#nav-rubrics").click();
    coach.find("[id$='new-rubric']").click();

    coach.find("#rubricForm\\:title").sendKeys(title);
    coach.find("input[id$='criterionTitle']").sendKeys("Situation and task");
    describeLevels(coach, 0, "Vivid", "Clear", "Thin", "Missing");
    coach.find("#rubricForm\\:addCriterion").click();
    coach.wait(10).until(d -> coach.all("input[id$='criterionTitle']").size() == 2);
    coach.all("input[id$='criterionTitle']").get(1).sendKeys("Result");
    describeLevels(coach, 1, "Measured", "Stated", "Vague", "None");
    WebElement points = coach.all("input[id$=':points']").get(5); // criterion 2, level 2
    points.clear();
    points.sendKeys("3");
    coach.find("#rubricForm\\:save").click();
    coach.waitForText("Criterion 2: two levels give 3 points.");
    assertEquals(title, coach.find("#rubricForm\\:title").getAttribute("value"));
    assertEquals("Measured", coach.all("input[id$=':descriptor']").get(4).getAttribute("value"));
    coach.assertAccessible();

    points = coach.all("input[id$=':points']").get(5);
    points.clear();
    points.sendKeys("2");
    coach.find("#rubricForm\\:save").click();
    coach.waitForText("Rubric \"" + title + "\" created.");
    coach.waitForText("Score: 0 / 6");
    coach.assertAccessible();

    List<WebElement> vivid = coach.all(".level-choice label");
    vivid.stream().filter(l -> l.getText().equals("3 · Vivid")).findFirst().orElseThrow().click();
    coach.waitForText("Score: 3 / 6");
    coach.all(".level-choice label").stream()
        .filter(l -> l.getText().equals("2 · Stated"))
        .findFirst()
        .orElseThrow()
        .click();
    coach.waitForText("Score: 5 / 6");
  }

  private static void describeLevels(Browser coach, int criterion, String... descriptors) {
    List<WebElement> inputs = coach.all("input[id$=':descriptor']");
    for (int i = 0; i < descriptors.length; i++) {
      inputs.get(criterion * 4 + i).sendKeys(descriptors[i]);
    }
  }
}
