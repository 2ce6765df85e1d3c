package app.coachroom.outbox;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.TENANT_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.jobs.Jobs;
import app.coachroom.outbox.application.MailLog;
import app.coachroom.outbox.application.MailLogRow;
import app.coachroom.outbox.application.OutboxDelivery;
import app.coachroom.outbox.domain.OutboxMessage;
import app.coachroom.outbox.domain.OutboxStatus;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.Mailbox;
import app.coachroom.testing.TenantFixture;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The outbox on a real server, database and mail sink: a claim left by a server that stopped is
 * sent again once its lease is over, exactly once; sends running at once send each mail once; a
 * mail that keeps failing stops after its last try with the error kept, and a tenant admin (of that
 * bootcamp only) sends it again; what is not wanted any more is skipped with the reason.
 */
class OutboxIT extends InContainerTest {

  @Inject Jobs jobs;
  @Inject OutboxWriter writer;
  @Inject OutboxDelivery delivery;
  @Inject MailLog log;
  @Inject TenantFixture fixture;
  @Resource ManagedExecutorService executor;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aClaimWhoseServerStoppedIsSentAgainOnceItsLeaseIsOver() {
    ActiveTenant tenant = fixture.newTenant();
    String admin = fixture.newPerson(tenant, TENANT_ADMIN);
    String recipient = "stale-" + run;
    fixture.signIn(admin, tenant);
    assertEquals(1, writer.add(recipient, "lease"));
    assertEquals(0, writer.add(recipient, "lease"), "the same key is written once");

    // a server claims it, then stops before sending: nobody else may take it while the lease runs
    assertEquals(1, delivery.claim(100).size());
    jobs.run(Jobs.OUTBOX);
    assertEquals(List.of(), Mailbox.subjects(recipient + "@coachroom.test"));

    fixture.signIn(admin, tenant);
    MailLogRow claimed = only(log.page(null, 0, 10));
    assertEquals(OutboxStatus.SENDING, claimed.status());
    fixture.shiftBack(
        tenant,
        "outbox_message",
        claimed.id(),
        OutboxDelivery.LEASE.toSeconds() + 1,
        "lease_until");

    jobs.run(Jobs.OUTBOX);
    jobs.run(Jobs.OUTBOX);
    assertEquals(List.of("Test lease"), Mailbox.subjects(recipient + "@coachroom.test"));
    fixture.signIn(admin, tenant);
    MailLogRow sent = only(log.page(OutboxStatus.SENT, 0, 10));
    assertEquals(2, sent.tries(), "the stopped server's claim and the one that sent it");
    assertNull(sent.note());
    assertEquals("Test lease", sent.subject(), "what the mail was, for the admin's list");
  }

  @Test
  void sendsRunningAtOnceSendEachMailOnce() throws Exception {
    ActiveTenant tenant = fixture.newTenant();
    String admin = fixture.newPerson(tenant, TENANT_ADMIN);
    fixture.signIn(admin, tenant);
    int count = 30;
    for (int i = 0; i < count; i++) {
      writer.add("both-" + run + "-" + i, "at once " + i);
    }

    List<Future<Integer>> passes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      passes.add(executor.submit(() -> jobs.run(Jobs.OUTBOX)));
    }
    for (Future<Integer> pass : passes) {
      pass.get();
    }
    jobs.run(Jobs.OUTBOX);

    for (int i = 0; i < count; i++) {
      assertEquals(
          List.of("Test at once " + i),
          Mailbox.subjects("both-" + run + "-" + i + "@coachroom.test"));
    }
    fixture.signIn(admin, tenant);
    assertEquals(count, log.counts().get(OutboxStatus.SENT));
    assertEquals(count, log.count(null));
  }

  @Test
  void aMailThatKeepsFailingStopsWithItsErrorAndAnAdminSendsItAgain() {
    ActiveTenant tenant = fixture.newTenant();
    ActiveTenant other = fixture.newTenant();
    String admin = fixture.newPerson(tenant, TENANT_ADMIN);
    fixture.signIn(admin, tenant);
    writer.add("bad-" + run, "failing");
    writer.add("skip-" + run, "unwanted");

    MailLogRow row = null;
    for (int i = 0; i < OutboxMessage.MAX_TRIES + 2; i++) {
      jobs.run(Jobs.OUTBOX);
      fixture.signIn(admin, tenant);
      row = only(log.page(null, 0, 10).stream().filter(r -> r.to().startsWith("bad-")).toList());
      if (row.status() == OutboxStatus.FAILED) {
        break;
      }
      assertEquals(OutboxStatus.PENDING, row.status(), "waits before the next try");
      assertTrue(row.next() != null);
      // the wait is over
      fixture.shiftBack(tenant, "outbox_message", row.id(), 24 * 3600, "not_before");
    }
    assertEquals(OutboxStatus.FAILED, row.status());
    assertEquals(OutboxMessage.MAX_TRIES, row.tries());
    assertTrue(row.note().contains("AddressException"), row.note());
    assertEquals("Test failing", row.subject());
    assertTrue(row.retryable());

    MailLogRow skipped = only(log.page(OutboxStatus.SKIPPED, 0, 10));
    assertEquals("Not wanted in this test", skipped.note());
    assertThrows(RuleViolationException.class, () -> log.retry(skipped.id()));

    // only this bootcamp's admins read and resend its mail
    String failedId = row.id();
    fixture.signIn(fixture.newPerson(tenant, COACH), tenant);
    assertThrows(AccessDeniedException.class, () -> log.page(null, 0, 10));
    assertThrows(AccessDeniedException.class, () -> log.retry(failedId));
    fixture.signIn(fixture.newPerson(other, TENANT_ADMIN), other);
    assertEquals(0, log.count(null));
    assertThrows(NotFoundException.class, () -> log.retry(failedId));

    fixture.signIn(admin, tenant);
    log.retry(failedId);
    MailLogRow again = only(log.page(OutboxStatus.PENDING, 0, 10));
    assertEquals(0, again.tries());
    assertNull(again.note());
  }

  private static MailLogRow only(List<MailLogRow> rows) {
    assertEquals(1, rows.size(), rows.toString());
    return rows.get(0);
  }
}
