package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.devstack.Stack;
import app.coachroom.devstack.TestStackListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * admin.demo onboards students from a CSV file: a file with problems is shown row by row and cannot
 * be run; the fixed file invites three students; one of them reads the invitation from the mail
 * sink, sets a password on Keycloak's page and lands on the demo bootcamp's dashboard; the admin
 * then reads the bootcamp's outgoing mail, filtered by state. And when Keycloak's admin API goes
 * away mid-run, the page says which rows made it, and running the failed rows again once it is back
 * invites everyone exactly once.
 */
class BulkInviteJourneyIT extends Journey {
  private static final String HEADER = "email,first_name,last_name,role\n";

  /** A member of the second bootcamp (db/demo seed): admin.demo must not reach it. */
  private static final String SECOND_TENANT_MEMBER_ID = "21000000-0000-4000-8000-000000000004";

  @Test
  void adminInvitesACohortFromCsvAndAStudentSignsInThroughTheEmail() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    Browser admin = browser();
    admin.signIn("admin.demo");
    admin.find("#nav-members").click();
    admin.waitForText("Ada Admin");
    admin.assertAccessible();
    admin.find("[id$='bulk-invite']").click();
    admin.waitForText("first line names the columns");

    // a file with problems: listed row by row, nothing can run
    upload(
        admin,
        HEADER
            + "ok-"
            + run
            + "@example.org,Olga,Okay,student\n"
            + "not-an-address,=HYPERLINK(\"http://evil\"),Mallory,student\n"
            + "ok-"
            + run
            + "@example.org,Olga,Twice,janitor\n");
    admin.waitForText("3 rows, 2 with problems");
    String preview = admin.find(".csv-preview").getText();
    assertTrue(preview.contains("\"not-an-address\" is not an e-mail address"), preview);
    assertTrue(preview.contains("spreadsheets run as a formula"), preview);
    assertTrue(preview.contains("\"janitor\" is not a role"), preview);
    assertTrue(preview.contains("The same e-mail address is on line 2 already"), preview);
    assertFalse(
        admin.find("#bulk\\:start").isEnabled(), "nothing can run while rows have problems");
    admin.assertAccessible();

    // the fixed file: three students, invited with progress and a result per row
    WebElement previewTable = admin.find(".csv-preview");
    admin.find("#bulk\\:other-file").click();
    // the form is re-rendered: wait for it, or the upload input found next is a stale one
    admin.wait(10).until(ExpectedConditions.stalenessOf(previewTable));
    List<String> emails = new ArrayList<>();
    StringBuilder csv = new StringBuilder(HEADER);
    for (String name : List.of("Nia", "Omar", "Pia")) {
      String email = name.toLowerCase() + "-" + run + "@example.org";
      emails.add(email);
      csv.append(email).append(',').append(name).append(",Newcomer,student\n");
    }
    upload(admin, csv.toString());
    admin.waitForText("3 rows, 0 with problems");
    admin.find("#bulk\\:start").click();
    awaitRunEnd(admin);
    admin.waitForText(
        "3 invited by e-mail, 0 added to existing accounts, 0 unchanged, 0 added without e-mail, 0 failed.");
    assertEquals(3, outcomes(admin, "Invited; Keycloak e-mailed a link to set a password."));
    admin.assertAccessible();
    admin.find("[id$='to-people']").click();
    admin.find("#members\\:text").sendKeys(run);
    admin.wait(10).until(d -> admin.all(".member-table tbody tr .member-email").size() == 3);
    assertTrue(admin.text().contains("Invited, e-mail sent"), admin.text());

    // Nia reads her mail, sets a password on Keycloak's page and signs in
    Browser nia = browser();
    acceptInvitation(nia, emails.get(0), "Coachroom-" + run);
    nia.waitForText("Demo Bootcamp");
    nia.waitForText("Nia Newcomer");
    assertTrue(nia.all("#nav-members").isEmpty(), "a student has no People page");
    nia.open("tenancy/members.xhtml");
    nia.waitForText("You do not have permission to do this");

    // her status on People is now "joined"
    admin.open("tenancy/members.xhtml");
    admin.find("#members\\:text").sendKeys("nia-" + run);
    admin.wait(10).until(d -> admin.text().contains("Joined"));

    // another bootcamp's member, by a forged ID: not found
    admin.open("tenancy/member.xhtml?id=" + SECOND_TENANT_MEMBER_ID);
    admin.waitForText("it is not part of your bootcamp");

    // the admin removes Nia; her very next click turns her away (her token still names the org)
    admin.open("tenancy/members.xhtml");
    admin.find("#members\\:text").sendKeys("nia-" + run);
    admin.wait(10).until(d -> admin.all(".member-table tbody tr .member-email").size() == 1);
    admin.find(".member-table tbody tr [id$=':remove']").click();
    admin.find(".ui-confirmdialog-yes").click();
    admin.waitForText("Nia Newcomer was removed from this bootcamp.");
    nia.open("");
    nia.waitForText("not a member of any active bootcamp");

    // the bootcamp's outgoing mail: counted by state and filtered by it (nothing has failed)
    admin.find("#nav-mail").click();
    admin.waitForText("Every e-mail Coachroom sends for this bootcamp");
    assertTrue(admin.find("#mail\\:counts").getText().contains("Failed: 0"));
    admin.choose("mail:status", "Failed");
    admin.wait(10).until(d -> admin.find("#mail\\:table").getText().contains("No mail here."));
    admin.assertAccessible();
  }

  @Test
  void keycloakGoingAwayMidRunFailsSomeRowsAndRetryingInvitesEachPersonOnce() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    int people = 40;
    StringBuilder csv = new StringBuilder(HEADER);
    List<String> emails = new ArrayList<>();
    for (int i = 1; i <= people; i++) {
      String email = "cut" + i + "-" + run + "@example.org";
      emails.add(email);
      csv.append(email).append(",Cut").append(i).append(",Person,student\n");
    }
    Browser admin = browser();
    admin.signIn("admin.demo");
    admin.open("tenancy/bulk-invite.xhtml");
    upload(admin, csv.toString());
    admin.waitForText(people + " rows, 0 with problems");
    Stack stack = stack();
    try {
      // Keycloak's admin API goes away when the second row asks for its invitation e-mail: the
      // first row is done, the second has an account but no e-mail, the rest cannot reach it
      stack.cutKeycloakAdminOnNth("/execute-actions-email", 2);
      admin.find("#bulk\\:start").click();
      awaitRunEnd(admin);
    } finally {
      stack.restoreKeycloakAdmin();
    }
    int invited = outcomes(admin, "Invited; Keycloak e-mailed a link to set a password.");
    int failed =
        outcomes(admin, "Not invited.") + outcomes(admin, "Added, but the e-mail was not sent.");
    String results = admin.find(".csv-results").getText();
    assertEquals(1, invited, results);
    assertEquals(1, outcomes(admin, "Added, but the e-mail was not sent."), results);
    assertEquals(people, invited + failed);
    assertTrue(admin.find(".csv-results").getText().contains("Keycloak could not be reached"));

    WebElement before = admin.find("[id$='to-people']");
    admin.find("#bulk\\:retry").click();
    admin.wait(10).until(ExpectedConditions.stalenessOf(before));
    awaitRunEnd(admin);
    assertEquals(
        people,
        outcomes(admin, "Invited; Keycloak e-mailed a link to set a password."),
        admin.find(".csv-results").getText());

    // everyone is a member exactly once
    admin.open("tenancy/members.xhtml");
    new Select(admin.find(".member-table .ui-paginator-rpp-options")).selectByValue("100");
    admin.find("#members\\:text").sendKeys("-" + run + "@");
    admin.wait(10).until(d -> admin.all(".member-table tbody tr .member-email").size() == people);
    for (String email : emails) {
      assertTrue(stack.mail().awaitMailTo(email, Duration.ofSeconds(10)).isPresent(), email);
    }
  }

  private static Stack stack() {
    return TestStackListener.stack();
  }

  private static void upload(Browser browser, String csv) throws Exception {
    Path file = Files.createTempFile("coachroom-invite", ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    browser.all("#bulk\\:file_input").get(0).sendKeys(file.toString());
    browser.wait(20).until(d -> browser.all(".ui-fileupload-row").isEmpty());
  }

  private static void awaitRunEnd(Browser admin) {
    admin.wait(60).until(d -> !admin.all("[id$='to-people']").isEmpty());
  }

  /** How many result rows start with the text (read in one go: the table may be re-rendered). */
  private static int outcomes(Browser admin, String text) {
    Object count =
        ((JavascriptExecutor) admin.driver())
            .executeScript(
                "return Array.from(document.querySelectorAll('.csv-results .csv-outcome'))"
                    + ".filter(e => e.textContent.trim().startsWith(arguments[0])).length;",
                text);
    return ((Number) count).intValue();
  }
}
