package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * student.demo sees the cohorts they are enrolled in, read-only; creating one is not offered, and a
 * forged create (the coach's form, submitted anyway) is refused by the service.
 */
class StudentJourneyIT extends Journey {

  @Test
  void studentSeesOwnCohortReadOnlyAndForgedCreateIsRefused() throws Exception {
    Browser student = browser();
    student.signIn("student.demo");
    student.open("cohort/cohorts.xhtml");
    student.waitForText(DEMO_COHORT);
    assertTrue(student.text().contains("These are the cohorts you are enrolled in."));
    assertTrue(student.all("[id$='new-cohort']").isEmpty());
    assertTrue(student.all("[id$='archive']").isEmpty());
    student.assertAccessible();

    student.open("cohort/edit.xhtml");
    student.find("#cohortForm\\:name").sendKeys("Forged by a student");
    student.find("#cohortForm\\:save").click();
    student.waitForText("Not allowed");

    student.open("cohort/cohorts.xhtml");
    student.waitForText(DEMO_COHORT);
    assertFalse(student.text().contains("Forged by a student"));
  }
}
