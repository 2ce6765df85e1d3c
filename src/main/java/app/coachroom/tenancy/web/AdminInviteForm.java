package app.coachroom.tenancy.web;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import app.coachroom.tenancy.application.Invitation;
import app.coachroom.tenancy.application.TenantAdministration;
import app.coachroom.tenancy.application.TenantSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs tenancy/invite-admin.xhtml (?id=...): the platform admin invites a bootcamp's tenant admin,
 * so a new bootcamp gets its first admin without anyone touching the database.
 */
@Named
@ViewScoped
public class AdminInviteForm extends PersonFields {
  private static final long serialVersionUID = 1L;

  @Inject TenantAdministration tenants;
  @Inject Messages messages;

  private String id;
  private TenantSummary tenant;

  /** viewAction: the bootcamp; an unknown ID gives the 404 page. */
  public void load() {
    if (tenant == null) {
      tenant = tenants.find(id);
    }
  }

  public String invite() {
    try {
      Invitation done = tenants.inviteAdmin(tenant.id(), invitee(), AppUrl.current());
      if (done.needsSetup() && !done.mailSent()) {
        messages.flashWarn(done.mailProblemKey(), done.email());
      }
      messages.flashInfo("tenant.adminInvited", done.email(), tenant.name());
      return "/tenancy/tenants?faces-redirect=true";
    } catch (RuleViolationException e) {
      messages.fieldError("invite", e);
      return null;
    }
  }

  public TenantSummary getTenant() {
    return tenant;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
