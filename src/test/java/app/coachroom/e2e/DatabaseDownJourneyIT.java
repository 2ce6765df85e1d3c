package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.devstack.Stack;
import app.coachroom.devstack.TestStackListener;
import app.coachroom.testing.Server;
import org.junit.jupiter.api.Test;

/**
 * The database goes away mid-session: the page says the service is unavailable (503, no stack
 * trace) and readiness reports it; when the database is back, the same session works again without
 * restarting the server.
 */
class DatabaseDownJourneyIT extends Journey {

  @Test
  void databaseOutageGivesAClearPageAndTheAppRecovers() throws Exception {
    Stack stack = TestStackListener.stack();
    Browser coach = browser();
    coach.signIn("coach.demo");
    coach.open("cohort/cohorts.xhtml");
    coach.waitForText(DEMO_COHORT);

    stack.cutDatabase();
    try {
      coach.open("cohort/cohorts.xhtml");
      coach.waitForText("Service unavailable");
      assertTrue(coach.text().contains("cannot reach a service it needs"), coach.text());
      assertEquals(503, Server.current().checkReadiness().statusCode());
      assertTrue(
          Server.current()
              .checkReadiness()
              .body()
              .replace(" ", "")
              .contains("\"name\":\"database\",\"status\":\"DOWN\""));
    } finally {
      stack.restoreDatabase();
    }

    coach
        .wait(30)
        .until(
            d -> {
              coach.open("cohort/cohorts.xhtml");
              return coach.text().contains(DEMO_COHORT);
            });
    assertEquals(200, Server.current().checkReadiness().statusCode());
  }
}
