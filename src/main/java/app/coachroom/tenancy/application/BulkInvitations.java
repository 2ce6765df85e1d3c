package app.coachroom.tenancy.application;

import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.Ids;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.tenancy.domain.InviteCsv;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Invites the people of a checked CSV file in the background, one person per transaction, so the
 * page can show progress and each row's outcome. A row that fails (Keycloak unreachable) does not
 * stop the others, and running the failed rows again duplicates nobody. Finished runs are kept for
 * an hour, in this server's memory.
 */
@ApplicationScoped
public class BulkInvitations {
  private static final Duration KEEP = Duration.ofHours(1);

  @Inject Caller caller;
  @Inject BulkInviteRunner runner;
  @Inject Clock clock;
  @Resource ManagedExecutorService executor;

  private final Map<String, BulkInviteJob> jobs = new ConcurrentHashMap<>();

  /** The file's rows with their problems (nothing is written); the file's own problems throw. */
  public List<InviteCsv.Row> preview(byte[] file) {
    requireAdmin();
    return InviteCsv.read(file);
  }

  /** Starts inviting every row; refused while any row has a problem. */
  public BulkInviteJob start(List<InviteCsv.Row> rows, String appUrl) {
    requireAdmin();
    if (rows.isEmpty() || rows.stream().anyMatch(r -> !r.ok())) {
      throw new RuleViolationException(null, "csv.fixFirst");
    }
    forgetOld();
    BulkInviteJob job =
        new BulkInviteJob(Ids.newId(), caller.persistenceTenant(), caller.subject(), rows);
    jobs.put(job.id(), job);
    submit(job, false, appUrl);
    return job;
  }

  /** Runs the rows that failed again (after Keycloak is back, say). */
  public BulkInviteJob retryFailed(String jobId, String appUrl) {
    BulkInviteJob job = job(jobId);
    if (!job.running()) {
      submit(job, true, appUrl);
    }
    return job;
  }

  /** A run the caller started in their active tenant. */
  public BulkInviteJob job(String jobId) {
    requireAdmin();
    BulkInviteJob job = jobs.get(jobId == null ? "" : jobId);
    if (job == null
        || !job.tenantId().equals(caller.persistenceTenant())
        || !job.adminSubject().equals(caller.subject())) {
      throw new NotFoundException("Bulk invitation", jobId);
    }
    return job;
  }

  private void submit(BulkInviteJob job, boolean failedOnly, String appUrl) {
    List<BulkInviteJob.Entry> batch = job.begin(failedOnly);
    String name = caller.displayName();
    ActiveTenant tenant = caller.tenant().orElseThrow();
    try {
      executor.submit(() -> runner.run(job, batch, tenant, name, appUrl));
    } catch (RuntimeException e) {
      job.end(clock.instant());
      throw e;
    }
  }

  private void requireAdmin() {
    if (!caller.hasAnyRole(TENANT_ADMIN)) {
      throw new AccessDeniedException("Only tenant admins invite people");
    }
  }

  private void forgetOld() {
    jobs.values()
        .removeIf(
            j -> j.finishedAt() != null && j.finishedAt().plus(KEEP).isBefore(clock.instant()));
  }
}
