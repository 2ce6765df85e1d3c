package app.coachroom.tenancy.web;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/** Switches the active tenant to another organization of the caller's token. */
@Named
@RequestScoped
public class TenantSwitcher {
  @Inject Caller caller;
  @Inject Messages messages;

  public String switchTo(String alias) {
    ActiveTenant target =
        caller.availableTenants().stream()
            .filter(t -> t.alias().equals(alias))
            .findFirst()
            .orElseThrow(() -> new AccessDeniedException("Not a tenant of this caller: " + alias));
    HttpSession session =
        (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
    CallerFilter.choose(session, target.alias());
    caller.enterTenant(target);
    messages.flashInfo("tenancy.switched", target.name());
    return "/index?faces-redirect=true";
  }
}
