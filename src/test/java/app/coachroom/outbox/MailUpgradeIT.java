package app.coachroom.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.jobs.Jobs;
import app.coachroom.outbox.application.MailLog;
import app.coachroom.outbox.domain.OutboxStatus;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.Mailbox;
import app.coachroom.testing.TenantFixture;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The upgrade to the outbox (V23) over a database that V22 left with reminders and results notices
 * sent, failed, pending and claimed by a server that stopped (src/test/upgrade/v22-mail.sql, loaded
 * before the server migrated it): after the jobs ran, nothing already sent went out again, and each
 * mail still owed went out exactly once.
 */
class MailUpgradeIT extends InContainerTest {
  private static final ActiveTenant UPGRADED =
      new ActiveTenant(
          "a2200000-0000-4000-8000-000000000001", "upgrade-v22", "Upgrade V22 Bootcamp");
  private static final String ADMIN = "upgrade-v22-admin";
  private static final String OPEN = "Open now: Upgrade interview";
  private static final String DUE_SOON = "Due soon: Upgrade interview";
  private static final String RESULTS = "Your results are out: Upgrade interview";

  @Inject Jobs jobs;
  @Inject MailLog log;
  @Inject TenantFixture fixture;

  @Test
  void nothingSentBeforeTheUpgradeGoesOutAgainAndWhatWasOwedGoesOutOnce() {
    fixture.signIn(ADMIN, UPGRADED);
    assertTrue(
        fixture.rows("outbox_message", UPGRADED) >= 11,
        "the fixture's 5 reminders and 6 notices were migrated (none: the database was not at V22"
            + " with src/test/upgrade/v22-mail.sql when the server migrated it)");

    // a server's passes, twice (the servers' own timers may have run some of them already)
    for (int i = 0; i < 2; i++) {
      jobs.run(Jobs.REMINDERS);
      jobs.run(Jobs.OUTBOX);
    }

    assertEquals(List.of(), subjects("sent"), "both reminders went out before the upgrade");
    assertEquals(List.of(DUE_SOON, OPEN), sorted(subjects("failed")), "failed: tried again");
    assertEquals(List.of(OPEN), subjects("claimed"), "a stopped server's claim: once more");
    assertEquals(List.of(RESULTS), subjects("due"));
    assertEquals(List.of(RESULTS, RESULTS), subjects("retry"), "failed once, and claimed");
    assertEquals(List.of(), subjects("done"), "sent, taken back, and given up before");

    fixture.signIn(ADMIN, UPGRADED);
    assertEquals(12, fixture.rows("outbox_message", UPGRADED), "one new: the due-soon reminder");
    Map<OutboxStatus, Long> counts = log.counts();
    assertEquals(10, counts.get(OutboxStatus.SENT));
    assertEquals(1, counts.get(OutboxStatus.SKIPPED));
    assertEquals(1, counts.get(OutboxStatus.FAILED));
    assertEquals(0, counts.get(OutboxStatus.PENDING) + counts.get(OutboxStatus.SENDING));
  }

  private static List<String> subjects(String student) {
    return Mailbox.subjects("upgrade-v22-" + student + "@coachroom.test");
  }

  private static List<String> sorted(List<String> subjects) {
    return subjects.stream().sorted().toList();
  }
}
