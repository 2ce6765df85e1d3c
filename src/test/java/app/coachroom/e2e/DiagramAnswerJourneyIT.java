package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.testing.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * student.demo answers the system-design question of the demo cohort's technical interview with a
 * diagram next to the typed answer, in a real browser: an HTML page named .png is refused and
 * nothing else is lost, a PNG shows as a preview and is still there after a reload, removing and
 * uploading again work; the review and the handed-in attempt show it. The student and coach.demo
 * get it as an attachment that cannot be sniffed; another bootcamp's coach and student do not.
 */
class DiagramAnswerJourneyIT extends Journey {

  @Test
  void aStudentAnswersASystemDesignQuestionWithADiagram() throws Exception {
    Path disguised = Files.createTempFile("coachroom-answer", ".png");
    Files.write(disguised, TestImages.html());
    Path png = Files.createTempFile("order-api", ".png");
    Files.write(png, TestImages.png());
    String written =
        "Resources: /products, /carts, /orders; POST /orders takes an Idempotency-Key.";

    Browser student = openInterview(browser(), TECHNICAL);
    String attemptId = begin(student, 3);
    String[] src = new String[1];
    inAttempt(
        student,
        attemptId,
        () -> {
          student.find("#start-answering").click();
          student.wait(15).until(d -> !student.all("#answer-text").isEmpty());
          assertTrue(student.all("#diagram-file").isEmpty(), "a text question takes no diagram");
          student.find("#next").click();

          student.waitForText("Question 2 of 3");
          student.find("#start-answering").click();
          student.wait(15).until(d -> !student.all("#diagram-file").isEmpty());
          student.find("#answer-text").sendKeys(written);
          waitFor(student, "#save-status", "Saved at");
          student.assertAccessible();

          // not an image, whatever its name says: refused, and the typed answer stays
          student.find("#diagram-file").sendKeys(disguised.toString());
          waitFor(student, "#diagram-state", "Only PNG, JPEG, GIF or WebP images can be uploaded");
          assertFalse(student.all("#diagram-figure").get(0).isDisplayed(), "nothing is shown");
          assertEquals(written, student.find("#answer-text").getAttribute("value"));

          student.find("#diagram-file").sendKeys(png.toString());
          waitFor(student, "#diagram-state", "Diagram saved at");
          student.wait(10).until(d -> student.naturalWidth("#diagram-preview") == 240);
          assertTrue(student.find("#diagram-name").getText().startsWith("order-api"));
          student.assertAccessible();

          // kept through a reload, with the text
          student.driver().navigate().refresh();
          student.waitForText("Question 2 of 3");
          student.wait(10).until(d -> student.naturalWidth("#diagram-preview") == 240);
          student
              .wait(10)
              .until(d -> written.equals(student.find("#answer-text").getAttribute("value")));

          // taken away, then uploaded again
          student.find("#diagram-remove").click();
          waitFor(student, "#diagram-state", "Diagram removed.");
          student.driver().navigate().refresh();
          student.waitForText("Question 2 of 3");
          student.find("#diagram-file");
          assertFalse(student.all("#diagram-figure").get(0).isDisplayed(), "none after removing");
          student.find("#diagram-file").sendKeys(png.toString());
          waitFor(student, "#diagram-state", "Diagram saved at");
          student.find("#next").click();

          student.waitForText("Question 3 of 3");
          student.find("#next").click();
          student.waitForText("Hand in");
          assertTrue(student.text().contains(written), student.text());
          student.wait(10).until(d -> student.naturalWidth(".answer-diagram img") == 240);
          student.assertAccessible();
          student.find("#review\\:submit").click();
          student.waitForText("Your attempt was handed in.");
          student.wait(10).until(d -> student.naturalWidth(".answer-diagram img") == 240);
          src[0] = student.find(".answer-diagram img").getAttribute("src");
        });

    assertTrue(src[0].contains("/attempt/answer-diagram/" + attemptId + "/1"), src[0]);
    List<String> served = List.of("200", "image/png", "attachment", "nosniff");
    assertEquals(served, student.fetchHeaders(src[0]), "status, type, disposition, sniffing");

    Browser coach = browser();
    coach.signIn("coach.demo");
    assertEquals(served, coach.fetchHeaders(src[0]), "the bootcamp's coach gets it");

    for (String stranger : List.of("coach.second", "student.second")) {
      Browser other = browser();
      other.signIn(stranger);
      assertEquals("404", other.fetchHeaders(src[0]).get(0), stranger + " must not get it");
    }
  }

  private static void waitFor(Browser browser, String css, String start) {
    browser.wait(20).until(d -> browser.find(css).getText().startsWith(start));
  }
}
