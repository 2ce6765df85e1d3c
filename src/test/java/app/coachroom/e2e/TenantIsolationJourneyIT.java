package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** coach.second never sees Demo Bootcamp's cohort, not in the list and not by its URL. */
class TenantIsolationJourneyIT extends Journey {

  @Test
  void anotherBootcampsCohortIsAbsentAndItsUrlsGiveNotFound() throws Exception {
    Browser coach = browser();
    coach.signIn("coach.second");
    assertEquals("Second Bootcamp", coach.find("#tenant-name").getText());

    coach.open("cohort/cohorts.xhtml");
    coach.waitForText(SECOND_COHORT);
    assertFalse(coach.text().contains(DEMO_COHORT));

    for (String page : new String[] {"cohort/cohort.xhtml?id=", "cohort/edit.xhtml?id="}) {
      coach.open(page + DEMO_COHORT_ID);
      coach.waitForText("Not found");

      coach.assertAccessible();
      assertTrue(coach.text().contains("not part of your bootcamp"), coach.text());
      assertFalse(coach.text().contains(DEMO_COHORT));
    }
    coach.open("cohort/cohort.xhtml?id=not-a-cohort-id");
    coach.waitForText("Not found");
  }
}
