package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The platform admin, in no bootcamp, is told so and pointed at the bootcamps; creates one (a bad
 * alias refused first, what was typed kept), finds it listed, deactivates and reactivates it, and
 * reads all three actions in the audit log. A coach cannot open the page.
 */
class PlatformAdminJourneyIT extends Journey {

  @Test
  void platformAdminCreatesAndDeactivatesABootcamp() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    Browser admin = browser();
    admin.signIn("platform.admin");
    admin.waitForText("not a member of any active bootcamp");
    admin.assertAccessible();
    admin.open("cohort/cohorts.xhtml");
    admin.waitForText("not a member of any active bootcamp");

    admin.find("#nav-tenants").click();
    admin.waitForText("Demo Bootcamp");
    admin.assertAccessible();
    admin.find("[id$='new-tenant']").click();
    admin.find("#tenantForm\\:name").sendKeys("Harbour Coding School " + run);
    admin.find("#tenantForm\\:alias").sendKeys("Harbour " + run);
    admin.find("#tenantForm\\:save").click();
    admin.waitForText("Use 2 to 40 lower-case letters");
    assertEquals(
        "Harbour Coding School " + run, admin.find("#tenantForm\\:name").getAttribute("value"));
    admin.assertAccessible();
    WebElement alias = admin.find("#tenantForm\\:alias");
    alias.clear();
    alias.sendKeys("harbour-" + run);
    admin.find("#tenantForm\\:save").click();
    admin.waitForText("Bootcamp \"Harbour Coding School " + run + "\" created");

    WebElement row = rowOf(admin, "harbour-" + run);
    assertTrue(row.getText().contains("Active"), row.getText());
    row.findElement(By.cssSelector("[id$=':deactivate']")).click();
    admin.find(".ui-confirmdialog-yes").click();
    admin.waitForText("deactivated. Its members can no longer use it.");
    assertTrue(rowOf(admin, "harbour-" + run).getText().contains("Deactivated"));
    rowOf(admin, "harbour-" + run).findElement(By.cssSelector("[id$=':reactivate']")).click();
    admin.waitForText("Bootcamp \"Harbour Coding School " + run + "\" reactivated.");

    // the bootcamp's first admin, invited through the UI, signs in and finds People
    rowOf(admin, "harbour-" + run).findElement(By.cssSelector("[id$=':invite-admin']")).click();
    admin.waitForText("Invite a tenant admin");
    String email = "head-" + run + "@harbour.example";
    admin.find("#invite\\:email").sendKeys("not an address");
    admin.find("#invite\\:firstName").sendKeys("Hana");
    admin.find("#invite\\:lastName").sendKeys("Head");
    admin.find("#invite\\:send").click();
    admin.waitForText("\"not an address\" is not an e-mail address.");
    admin.find("#invite\\:email").clear();
    admin.find("#invite\\:email").sendKeys(email);
    admin.find("#invite\\:send").click();
    admin.waitForText(email + " is now a tenant admin of Harbour Coding School " + run);
    Browser head = browser();
    acceptInvitation(head, email, "Harbour-" + run);
    head.waitForText("Harbour Coding School " + run);
    head.find("#nav-members").click();
    head.waitForText(email);
    assertTrue(head.text().contains("Tenant admin"), head.text());
    head.assertAccessible();

    admin.find("#nav-audit-all").click();
    admin.waitForText("Bootcamp reactivated");
    admin.waitForText("harbour-" + run);
    assertTrue(admin.text().contains("Bootcamp deactivated"));
    assertTrue(admin.text().contains("Bootcamp created"));
    assertTrue(admin.text().contains("Member invited"));
    admin.assertAccessible();

    Browser coach = browser();
    coach.signIn("coach.demo");
    coach.open("tenancy/tenants.xhtml");
    coach.waitForText("You do not have permission to do this");
    assertTrue(coach.all("#nav-tenants").isEmpty());
  }

  private static WebElement rowOf(Browser browser, String alias) {
    return browser
        .wait(10)
        .until(
            d ->
                d.findElements(By.cssSelector(".tenant-table tbody tr")).stream()
                    .filter(tr -> tr.getText().contains(alias))
                    .findFirst()
                    .orElse(null));
  }
}
