package app.coachroom.audit.web;

import app.coachroom.audit.application.AuditEntry;
import app.coachroom.audit.application.AuditLog;
import app.coachroom.shared.web.CsvFile;
import app.coachroom.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * Backs audit/audit.xhtml: the audit log, newest first, paged in SQL. A tenant admin sees their
 * tenant's; the platform admin outside any tenant sees every tenant's (the service decides).
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AuditLog audit;

  private final LazyDataModel<AuditEntry> model =
      new PagedModel<>(
          () -> audit.count(), (first, size) -> audit.page(first, size), AuditEntry::id);

  /** The whole log in the caller's scope as a CSV download, newest first. */
  public StreamedContent getExport() {
    List<List<String>> rows = new ArrayList<>();
    int size = 1000;
    for (int first = 0; ; first += size) {
      List<AuditEntry> page = audit.page(first, size);
      page.forEach(
          e ->
              rows.add(
                  List.of(
                      e.at().toString(),
                      e.tenantName(),
                      e.actorName(),
                      e.action().name(),
                      Objects.toString(e.target(), ""),
                      Objects.toString(e.detail(), ""))));
      if (page.size() < size) {
        break;
      }
    }
    return CsvFile.download(
        "audit-log.csv",
        CsvFile.of(List.of("when_utc", "bootcamp", "who", "action", "target", "detail"), rows));
  }

  public LazyDataModel<AuditEntry> getModel() {
    return model;
  }
}
