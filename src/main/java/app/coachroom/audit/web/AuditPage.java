package app.coachroom.audit.web;

import app.coachroom.audit.application.AuditEntry;
import app.coachroom.audit.application.AuditLog;
import app.coachroom.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

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

  public LazyDataModel<AuditEntry> getModel() {
    return model;
  }
}
