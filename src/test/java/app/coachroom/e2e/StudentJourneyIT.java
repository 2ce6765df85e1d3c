package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * student.demo sees the cohorts they are enrolled in, read-only; creating one is not offered, and
 * the coach's editor, opened by its URL, is refused (403) before it shows a form. The service
 * refuses a create from a student too (CohortServiceIT).
 */
class StudentJourneyIT extends Journey {

  @Test
  void studentSeesOwnCohortReadOnlyAndCannotOpenTheEditor() throws Exception {
    Browser student = browser();
    student.signIn("student.demo");
    student.open("cohort/cohorts.xhtml");
    student.waitForText(DEMO_COHORT);
    assertTrue(student.text().contains("These are the cohorts you are enrolled in."));
    assertTrue(student.all("[id$='new-cohort']").isEmpty());
    assertTrue(student.all("[id$='archive']").isEmpty());
    student.assertAccessible();

    student.open("cohort/edit.xhtml?id=" + DEMO_COHORT_ID);
    student.waitForText("Not allowed");
    assertTrue(student.all("#cohortForm\\:name").isEmpty(), "no form to forge a save with");
  }
}
