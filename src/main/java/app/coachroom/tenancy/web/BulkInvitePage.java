package app.coachroom.tenancy.web;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import app.coachroom.tenancy.application.BulkInvitations;
import app.coachroom.tenancy.application.BulkInviteJob;
import app.coachroom.tenancy.domain.InviteCsv;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs tenancy/bulk-invite.xhtml: upload a CSV, see every row's problems (nothing written), then
 * invite everyone with a progress bar and each row's outcome, and run failed rows again.
 */
@Named
@ViewScoped
public class BulkInvitePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject BulkInvitations bulk;
  @Inject Messages messages;

  private String fileName;
  private String fileProblem;
  private transient List<InviteCsv.Row> rows = List.of();
  private String jobId;

  public synchronized void upload(FileUploadEvent event) {
    jobId = null;
    rows = List.of();
    fileProblem = null;
    fileName = event.getFile().getFileName();
    try {
      rows = bulk.preview(event.getFile().getContent());
    } catch (RuleViolationException e) {
      fileProblem = messages.text(e.messageKey(), e.args());
    }
  }

  public void start() {
    try {
      jobId = bulk.start(rows, AppUrl.current()).id();
    } catch (RuleViolationException e) {
      messages.error(e.messageKey(), e.args());
    }
  }

  public void retryFailed() {
    bulk.retryFailed(jobId, AppUrl.current());
  }

  /** Starts over with another file. */
  public void reset() {
    jobId = null;
    rows = List.of();
    fileName = null;
    fileProblem = null;
  }

  public BulkInviteJob getJob() {
    return jobId == null ? null : bulk.job(jobId);
  }

  public int getProgress() {
    BulkInviteJob job = getJob();
    return job == null ? 0 : job.percent();
  }

  public boolean isRunning() {
    BulkInviteJob job = getJob();
    return job != null && job.running();
  }

  public String problems(InviteCsv.Row row) {
    return row.problems().stream()
        .map(p -> messages.text(p.messageKey(), p.args()))
        .collect(Collectors.joining(" "));
  }

  public String outcome(BulkInviteJob.Entry entry) {
    String text = messages.text("member.bulk.outcome." + entry.outcome().name());
    return entry.messageKey() == null
        ? text
        : text + " " + messages.text(entry.messageKey(), entry.email());
  }

  public List<InviteCsv.Row> getRows() {
    return rows == null ? List.of() : rows;
  }

  public long getProblemRows() {
    return getRows().stream().filter(r -> !r.ok()).count();
  }

  public boolean isReady() {
    return !getRows().isEmpty() && getProblemRows() == 0 && jobId == null;
  }

  public String getFileName() {
    return fileName;
  }

  public String getFileProblem() {
    return fileProblem;
  }
}
