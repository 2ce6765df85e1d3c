package app.coachroom.e2e;

import app.coachroom.devstack.MailSink;
import app.coachroom.devstack.TestStackListener;
import app.coachroom.testing.Deployments;
import app.coachroom.testing.Server;
import app.coachroom.testing.SharedDeployment;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A browser journey against the real WAR, signed in through the real Keycloak. Every journey uses
 * the same deployment, deployed once per server run ({@link SharedDeployment}).
 */
@SharedDeployment
abstract class Journey extends BrowserTest {
  /** Fixed IDs of the demo seed (db/demo). */
  static final String DEMO_COHORT_ID = "30000000-0000-4000-8000-000000000001";

  static final String DEMO_COHORT = "Backend Winter 2027";
  static final String SECOND_COHORT = "Second Evening Track";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @BeforeEach
  void deploymentIsReady() throws Exception {
    Server.current().awaitReady(Server.SETTLE);
  }

  static final String PRACTICE = "Practice interview (mixed)";

  /** The demo cohort's other interview: a system-design question between two technical ones. */
  static final String TECHNICAL = "Technical interview: APIs and data";

  /** student.demo signs in and opens the demo cohort's practice interview from What's due. */
  /** Picks the first published template on the new-assignment form; returns its label. */
  static String chooseFirstTemplate(Browser coach) {
    String label =
        coach
            .driver()
            .findElements(By.cssSelector("#assignmentForm\\:template_input option"))
            .get(1)
            .getAttribute("textContent")
            .strip();
    coach.choose("assignmentForm:template", label);
    return label;
  }

  static Browser openPractice(Browser student) {
    return openInterview(student, PRACTICE);
  }

  /** student.demo signs in and opens one of the demo cohort's interviews from What's due. */
  static Browser openInterview(Browser student, String title) {
    student.signIn("student.demo");
    student.find("#nav-dashboard").click();
    student.waitForText(title);
    student.driver().findElement(By.linkText(title)).click();
    student.waitForText("Start the interview");
    return student;
  }

  /** Starts the practice interview from its start page; returns the new attempt's ID. */
  static String begin(Browser student) {
    return begin(student, 5);
  }

  /** Starts an interview of {@code questions} questions; returns the new attempt's ID. */
  static String begin(Browser student, int questions) {
    student.find("#start\\:begin").click();
    student.waitForText("Question 1 of " + questions);
    String takeUrl = student.driver().getCurrentUrl();
    return takeUrl.substring(takeUrl.indexOf("attempt=") + "attempt=".length());
  }

  /** Steps of a journey that may throw anything. */
  interface Steps {
    void run() throws Exception;
  }

  /**
   * Runs the steps of a started attempt. When they fail, the attempt is walked to its end and
   * handed in, as far as the app still answers, so that one red journey does not leave the student
   * an attempt in progress that turns the next journey of the same student red as well.
   */
  static void inAttempt(Browser student, String attemptId, Steps steps) throws Exception {
    try {
      steps.run();
    } catch (Exception | Error failed) {
      try {
        handIn(student, attemptId);
      } catch (RuntimeException | Error cleanup) {
        failed.addSuppressed(cleanup);
      }
      throw failed;
    }
  }

  /** Walks a started attempt to its end and hands it in. */
  static void handIn(Browser student, String attemptId) {
    student.open("attempt/take.xhtml?attempt=" + attemptId);
    for (int i = 0; i < 10 && student.all("#review\\:submit").isEmpty(); i++) {
      String at = student.find("#question-of").getText();
      student.find("#next").click();
      student
          .wait(15)
          .until(
              d ->
                  !student.all("#review\\:submit").isEmpty()
                      || student.all("#question-of").stream()
                          .anyMatch(e -> !at.equals(e.getText())));
    }
    student.find("#review\\:submit").click();
    student.waitForText("Your attempt was handed in.");
  }

  /**
   * What an invited person does: reads the newest mail to their address from the SMTP sink, opens
   * its Keycloak link, sets a password and signs in; the browser ends up in the app.
   */
  static void acceptInvitation(Browser browser, String email, String password) throws Exception {
    MimeMessage mail =
        TestStackListener.stack()
            .mail()
            .awaitMailTo(email, Duration.ofSeconds(30))
            .orElseThrow(() -> new AssertionError("no mail to " + email));
    String link =
        MailSink.links(MailSink.text(mail)).stream()
            .filter(l -> l.contains("action-token"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Keycloak link in the mail to " + email));
    browser.driver().get(link);
    // Keycloak may first say what the link will do
    browser
        .wait(20)
        .until(
            d ->
                !d.findElements(By.id("password-new")).isEmpty()
                    || !d.findElements(By.partialLinkText("Click here to proceed")).isEmpty());
    if (browser.all("#password-new").isEmpty()) {
      browser.driver().findElement(By.partialLinkText("Click here to proceed")).click();
    }
    browser.wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")));
    browser.find("#password-new").sendKeys(password);
    browser.find("#password-confirm").sendKeys(password);
    browser.find("[type=submit]").click();
    browser
        .wait(20)
        .until(
            d ->
                !d.findElements(By.partialLinkText("Back to")).isEmpty()
                    || d.getCurrentUrl().startsWith(browser.appUrl()));
    if (!browser.driver().getCurrentUrl().startsWith(browser.appUrl())) {
      browser.driver().findElement(By.partialLinkText("Back to")).click();
    }
    browser
        .wait(20)
        .until(d -> browser.onKeycloakLogin() || d.getCurrentUrl().startsWith(browser.appUrl()));
    if (browser.onKeycloakLogin()) {
      browser.signInWith(email, password);
    }
  }
}
