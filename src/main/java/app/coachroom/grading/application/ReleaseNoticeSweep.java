package app.coachroom.grading.application;

import app.coachroom.shared.mail.AppMail;
import app.coachroom.shared.mail.MailText;
import app.coachroom.tenancy.application.ActiveTenant;
import app.coachroom.tenancy.application.Caller;
import app.coachroom.tenancy.application.TenantDirectory;
import app.coachroom.tenancy.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass over every active bootcamp: claims the waiting "your results are out" notices, e-mails
 * them after the claim has committed, and records the outcome. Several servers may run it at once;
 * each notice is claimed, and so sent, by one of them only.
 */
@ApplicationScoped
public class ReleaseNoticeSweep {
  private static final Logger LOG = Logger.getLogger(ReleaseNoticeSweep.class.getName());

  @Inject TenantDirectory directory;
  @Inject ReleaseNotices notices;
  @Inject Caller caller;
  @Inject AppMail mail;
  @Inject MailText mailText;

  /** Runs one pass; returns how many notices were e-mailed. */
  @ActivateRequestContext
  public int sweep() {
    int sent = 0;
    for (ActiveTenant tenant : directory.activeTenants()) {
      caller.actAsSystem(tenant, Set.of(Role.COACH));
      List<ReleaseNotices.Outgoing> claimed;
      try {
        claimed = notices.claim();
      } catch (RuntimeException e) {
        // most often another server claimed the same notices a moment earlier
        LOG.log(Level.FINE, "Result notices of " + tenant.alias() + " skipped this pass", e);
        continue;
      }
      List<String> ok = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      for (ReleaseNotices.Outgoing notice : claimed) {
        boolean delivered =
            mail.send(
                notice.email(),
                mailText.format("results.mail.subject", notice.title()),
                mailText.format(
                    "results.mail.text",
                    notice.name(),
                    notice.title(),
                    mailText.link(
                        "results.mail.link",
                        "attempt/attempt.xhtml?attempt=" + notice.attemptId())));
        (delivered ? ok : failed).add(notice.noticeId());
      }
      if (!claimed.isEmpty()) {
        try {
          notices.record(ok, failed);
        } catch (RuntimeException e) {
          // the mails went out; the notices are taken on again once stale (sent twice at worst)
          LOG.log(Level.WARNING, "Result notices of " + tenant.alias() + ": outcome not noted", e);
        }
      }
      sent += ok.size();
    }
    return sent;
  }
}
