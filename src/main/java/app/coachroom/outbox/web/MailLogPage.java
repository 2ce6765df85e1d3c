package app.coachroom.outbox.web;

import app.coachroom.outbox.application.MailLog;
import app.coachroom.outbox.application.MailLogRow;
import app.coachroom.outbox.domain.OutboxStatus;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import app.coachroom.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * Backs outbox/mail.xhtml: the bootcamp's outgoing mail for its tenant admins, the latest change
 * first, paged in SQL and filtered by status, with "Send again" for mail that failed for good.
 */
@Named
@ViewScoped
public class MailLogPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MailLog log;
  @Inject Messages messages;

  private OutboxStatus status;
  private Map<OutboxStatus, Long> counts;

  private final LazyDataModel<MailLogRow> model =
      new PagedModel<>(
          () -> log.count(status), (first, size) -> log.page(status, first, size), MailLogRow::id);

  public LazyDataModel<MailLogRow> getModel() {
    return model;
  }

  /** How many messages are in each status (read once per view, again after "Send again"). */
  public Map<OutboxStatus, Long> getCounts() {
    if (counts == null) {
      counts = log.counts();
    }
    return counts;
  }

  public OutboxStatus[] getStatuses() {
    return OutboxStatus.values();
  }

  public void retry(MailLogRow row) {
    try {
      log.retry(row.id());
      counts = null;
      messages.info("outbox.retried", row.to());
    } catch (RuleViolationException e) {
      messages.error(e.messageKey(), e.args());
    }
  }

  public OutboxStatus getStatus() {
    return status;
  }

  public void setStatus(OutboxStatus status) {
    this.status = status;
  }
}
