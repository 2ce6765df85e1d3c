package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.testing.Server;
import app.coachroom.testing.ServerProcess;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * R2: student.demo types an answer and sees the autosave acknowledged; the application server is
 * killed with SIGKILL (no shutdown, nothing flushed) and started again; the reloaded page has the
 * answer byte for byte, on the same question, with the time the server computes (the minutes the
 * server was down are gone from the clock, as they are for the student). Then they hand in.
 */
class ServerKillJourneyIT extends Journey {

  /** Accents, CJK, quotes, markup, a tab-free indent and a blank line: all must come back. */
  private static final String WRITTEN =
      "  First: a test per rule, e.g. \"amount > 0\" and <b>currency</b>.\n\n"
          + "Zweitens: Grenzwerte prüfen — 境界値も。 Done.";

  @Test
  void anAcknowledgedAnswerSurvivesAKilledServer() throws Exception {
    Browser student = openPractice(browser());
    String attempt = begin(student);
    inAttempt(
        student,
        attempt,
        () -> {
          student.find("#next").click();
          student.waitForText("Question 2 of 5");
          student.find("#start-answering").click();
          student.find("#answer-text").sendKeys(WRITTEN);
          student
              .wait(15)
              .until(d -> student.find("#save-status").getText().startsWith("Saved at"));
          student.driver().navigate().refresh();
          student
              .wait(10)
              .until(d -> WRITTEN.equals(student.find("#answer-text").getAttribute("value")));
          long left = secondsLeft(student);
          String takePage = student.driver().getCurrentUrl();
          // the tab is closed while the server is away: the take page's own retries, racing the
          // sign-in after the restart, can fail Payara's OIDC callback (docs/features.md)
          student.driver().get("about:blank");
          long killedAt = System.nanoTime();

          ServerProcess.killHard();
          ServerProcess.restart(Duration.ofMinutes(4));

          // the session died with the server: opening the page signs in again through Keycloak's
          // session
          long reloadAt = System.nanoTime();
          student.driver().get(takePage);
          // the first page of a cold server: generous, the figure is printed
          student.wait(60).until(d -> student.text().contains("Question 2 of 5"));
          System.out.printf(
              "[kill test] %s: down %d s; the first page after the restart took %d ms%n",
              Server.current(),
              (reloadAt - killedAt) / 1_000_000_000L,
              (System.nanoTime() - reloadAt) / 1_000_000L);
          student
              .wait(10)
              .until(d -> !student.find("#answer-text").getAttribute("value").isEmpty());
          assertEquals(WRITTEN, student.find("#answer-text").getAttribute("value"));
          long down = (System.nanoTime() - killedAt) / 1_000_000_000L;
          long leftNow = secondsLeft(student);
          assertTrue(
              Math.abs(left - down - leftNow) <= 5,
              "left before " + left + " s, down " + down + " s, left now " + leftNow + " s");

          // typing goes on where it stopped, and the attempt hands in as usual
          student.find("#answer-text").sendKeys(" More.");
          student
              .wait(15)
              .until(d -> student.find("#save-status").getText().startsWith("Saved at"));
          student.find("#next").click();
          student.waitForText("Question 3 of 5");
          student.find("#next").click();
          student.waitForText("Question 4 of 5");
          student.find("#start-answering").click();
          student.find("#star-situation"); // the page has reloaded into the answer time
          student.find("#next").click();
          student.waitForText("Question 5 of 5");
          student.find("#start-answering").click();
          student.find("#record-start");
          student.find("#next").click();
          student.waitForText("Hand in");
          assertTrue(student.driver().getCurrentUrl().contains("attempt=" + attempt));
          assertTrue(student.text().contains("Done. More."), student.text());
          student.find("#review\\:submit").click();
          student.waitForText("Your attempt was handed in.");
        });
  }

  /** The overall time left as the server computed it for the page (data-left, in seconds). */
  private static long secondsLeft(Browser browser) {
    return Long.parseLong(browser.find("#attempt-root").getAttribute("data-left"));
  }
}
