package app.coachroom.tenancy.web;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import app.coachroom.tenancy.application.TenantAdministration;
import app.coachroom.tenancy.application.TenantSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;

/** Backs tenancy/tenants.xhtml: the platform admin's bootcamps with their member counts. */
@Named
@ViewScoped
public class TenantList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantAdministration tenants;
  @Inject Messages messages;

  private List<TenantSummary> rows;

  public List<TenantSummary> getRows() {
    if (rows == null) {
      rows = tenants.list();
    }
    return rows;
  }

  public void deactivate(TenantSummary row) {
    change(() -> tenants.deactivate(row.id(), row.version()), "tenant.deactivated");
  }

  public void reactivate(TenantSummary row) {
    change(() -> tenants.reactivate(row.id(), row.version()), "tenant.reactivated");
  }

  private void change(java.util.function.Supplier<TenantSummary> action, String doneKey) {
    try {
      messages.info(doneKey, action.get().name());
    } catch (OptimisticLockException e) {
      messages.error("tenant.conflict");
    } catch (RuleViolationException e) {
      messages.error(e.messageKey(), e.args());
    }
    rows = null;
  }
}
