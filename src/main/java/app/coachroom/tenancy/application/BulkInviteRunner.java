package app.coachroom.tenancy.application;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.tenancy.application.BulkInviteJob.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works through a bulk invitation on a managed thread, as the admin who started it, in their
 * tenant: the admin's role is checked again from the database, as on any request.
 */
@ApplicationScoped
public class BulkInviteRunner {
  private static final Logger LOG = Logger.getLogger(BulkInviteRunner.class.getName());

  @Inject Caller caller;
  @Inject Invitations invitations;
  @Inject Clock clock;

  @ActivateRequestContext
  public void run(
      BulkInviteJob job,
      List<BulkInviteJob.Entry> batch,
      ActiveTenant tenant,
      String adminName,
      String appUrl) {
    caller.signIn(job.adminSubject(), adminName, false);
    caller.enterTenant(tenant);
    try {
      for (BulkInviteJob.Entry entry : batch) {
        caller.enterTenant(tenant); // forgets the roles read for the last row: checked again
        invite(entry, appUrl);
        job.stepDone();
      }
    } finally {
      job.end(clock.instant());
    }
  }

  private void invite(BulkInviteJob.Entry entry, String appUrl) {
    try {
      Invitation done = invitations.invite(entry.row().invitee(), entry.role(), appUrl);
      if (done.needsSetup() && !done.mailSent()) {
        entry.finish(Outcome.MAIL_FAILED, done.mailProblemKey());
      } else if (done.memberAdded()) {
        entry.finish(done.needsSetup() ? Outcome.INVITED : Outcome.ADDED, null);
      } else if (done.mailSent()) {
        entry.finish(Outcome.INVITED, null); // not signed in yet: the e-mail went again
      } else {
        entry.finish(done.roleAdded() ? Outcome.ROLE_ADDED : Outcome.UNCHANGED, null);
      }
    } catch (RuleViolationException e) {
      entry.finish(Outcome.FAILED, e.messageKey());
    } catch (AccessDeniedException e) {
      entry.finish(Outcome.FAILED, "member.bulk.denied");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Bulk invitation of " + entry.email() + " failed", e);
      entry.finish(Outcome.FAILED, "member.bulk.failed");
    }
  }
}
