package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.testing.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * coach.demo adds a competency, writes a behavioural question tagged with it, a coding question
 * whose starter code keeps its indentation and a multiple-choice question (refused first without a
 * correct choice), finds them by filter; a student is turned away from the bank.
 */
class QuestionBankJourneyIT extends Journey {

  @Test
  void coachWritesQuestionsOfThreeKindsAndFindsThem() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    Browser coach = browser();
    coach.signIn("coach.demo");

    coach.find("#nav-competencies").click();
    coach.find("[id$='new-competency']").click();
    coach.find("#competencyForm\\:name").sendKeys("Clear communication " + run);
    coach.find("#competencyForm\\:description").sendKeys("Explains choices without jargon.");
    coach.find("#competencyForm\\:save").click();
    coach.waitForText("Competency \"Clear communication " + run + "\" created.");
    coach.assertAccessible();

    coach.find("#nav-questions").click();
    coach.find("[id$='new-question']").click();
    coach.choose("questionForm:kind", "Behavioural (STAR)");
    coach.waitForText("Students answer in STAR form");
    String behavioural = "Conflict <img src=x onerror=alert(1)> " + run;
    coach.find("#questionForm\\:title").sendKeys(behavioural);
    coach.find("#questionForm\\:prompt").sendKeys("Tell us about a disagreement with a teammate.");
    coach.choose("questionForm:stage", "Behavioural / culture interview");
    coach
        .wait(10)
        .until(
            d ->
                d.findElements(By.cssSelector("#questionForm\\:competencies label")).stream()
                    .filter(label -> label.getText().equals("Clear communication " + run))
                    .findFirst()
                    .orElse(null))
        .click();
    coach.assertAccessible();
    coach.find("#questionForm\\:save").click();
    coach.waitForText("Question \"" + behavioural + "\" created.");

    coach.find("[id$='new-question']").click();
    coach.choose("questionForm:kind", "Coding");
    coach.find("#questionForm\\:title").sendKeys("Slow query " + run);
    coach.find("#questionForm\\:prompt").sendKeys("Make this report query fast.");
    coach.choose("questionForm:language", "SQL");
    coach
        .find("#questionForm\\:starterCode")
        .sendKeys("SELECT *\n    FROM orders\n    WHERE status = 'open';");
    coach
        .find("#questionForm\\:referenceSolution")
        .sendKeys("CREATE INDEX ix_orders_status ON orders (status);");
    coach.find("#questionForm\\:save").click();
    coach.waitForText("Question \"Slow query " + run + "\" created.");

    coach.find("[id$='new-question']").click();
    coach.choose("questionForm:kind", "Multiple choice");
    coach.find("#questionForm\\:title").sendKeys("Phantom reads " + run);
    coach.find("#questionForm\\:prompt").sendKeys("Which isolation level prevents phantom reads?");
    coach.find("#questionForm\\:choices input[id$=':text']").sendKeys("Serializable");
    coach.all("#questionForm\\:choices input[id$=':text']").get(1).sendKeys("Read committed");
    coach.find("#questionForm\\:save").click();
    coach.waitForText("Mark the correct choice.");
    assertEquals("Phantom reads " + run, coach.find("#questionForm\\:title").getAttribute("value"));
    coach.assertAccessible();
    coach.find("#questionForm\\:choices .ui-chkbox-box").click();
    coach.find("#questionForm\\:save").click();
    coach.waitForText("Question \"Phantom reads " + run + "\" created.");

    coach.find("#questions\\:text").sendKeys(run);
    coach.wait(10).until(d -> rows(coach) == 3);
    coach.choose("questions:kind", "Coding");
    coach
        .wait(10)
        .until(
            d ->
                rows(coach) == 1
                    && coach.find(".question-table tbody").getText().contains("Slow query " + run));
    coach.assertAccessible();
    assertTrue(coach.all("img[src='x']").isEmpty(), "a title is text, never markup");

    coach.find(".question-table tbody a.question-title").click();
    assertEquals(
        "SELECT *\n    FROM orders\n    WHERE status = 'open';",
        coach.find("#questionForm\\:starterCode").getAttribute("value"));

    Browser student = browser();
    student.signIn("student.demo");
    student.open("questionbank/questions.xhtml");
    student.waitForText("You do not have permission to do this in the current bootcamp.");
    assertTrue(student.all("#nav-questions").isEmpty());
  }

  /**
   * coach.demo attaches a diagram to a system-design question: an HTML page named .png is refused,
   * a real PNG shows as a preview, is kept on save and served back as an attachment that cannot be
   * sniffed; student.demo cannot fetch it.
   */
  @Test
  void coachAttachesADiagramToASystemDesignQuestion() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    Browser coach = browser();
    coach.signIn("coach.demo");
    coach.find("#nav-questions").click();
    coach.find("[id$='new-question']").click();
    coach.choose("questionForm:kind", "System design");
    coach.waitForText("Diagram (optional)");
    coach.find("#questionForm\\:title").sendKeys("Rate limiter " + run);
    coach.find("#questionForm\\:prompt").sendKeys("Design a rate limiter for a public API.");

    Path disguised = Files.createTempFile("coachroom-diagram", ".png");
    Files.write(disguised, TestImages.html());
    uploadDiagram(coach, disguised);
    coach.waitForText("Only PNG, JPEG, GIF or WebP images can be uploaded");
    assertTrue(coach.all("#diagram-image").isEmpty());

    Path png = Files.createTempFile("coachroom-diagram", ".png");
    Files.write(png, TestImages.png());
    uploadDiagram(coach, png);
    coach.waitForText("not saved yet");
    coach.wait(10).until(d -> coach.naturalWidth("#diagram-image") == 240);
    // PrimeFaces shows a row with a progress bar while a file uploads; it goes when done
    coach.wait(10).until(d -> coach.all(".ui-fileupload-row").isEmpty());
    assertEquals("Rate limiter " + run, coach.find("#questionForm\\:title").getAttribute("value"));
    coach.assertAccessible();
    coach.find("#questionForm\\:save").click();
    coach.waitForText("Question \"Rate limiter " + run + "\" created.");

    coach.find("#questions\\:text").sendKeys(run);
    coach.wait(10).until(d -> rows(coach) == 1);
    coach.find(".question-table tbody a.question-title").click();
    coach.waitForText(png.getFileName().toString());
    coach.wait(10).until(d -> coach.naturalWidth("#diagram-image") == 240);
    String src = coach.find("#diagram-image").getAttribute("src");
    assertTrue(src.contains("/questionbank/diagram/"), src);
    assertEquals(
        List.of("200", "image/png", "attachment", "nosniff"),
        coach.fetchHeaders(src),
        "status, type, disposition and sniffing of the served diagram");

    Browser student = browser();
    student.signIn("student.demo");
    assertEquals(
        "403", student.fetchHeaders(src).get(0), "students do not fetch the bank's diagrams");
  }

  private static void uploadDiagram(Browser browser, Path file) {
    browser.wait(15).until(d -> !browser.all("#questionForm\\:diagram_input").isEmpty());
    browser.all("#questionForm\\:diagram_input").get(0).sendKeys(file.toString());
  }

  private static long rows(Browser browser) {
    return browser.all(".question-table tbody tr").stream()
        .filter(tr -> tr.findElements(By.cssSelector("a.question-title")).size() == 1)
        .count();
  }
}
