package app.coachroom.tenancy.web;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** What the layout shows about the caller: name, tenant, roles, other tenants. */
@Named
@RequestScoped
public class CallerView {
  @Inject Caller caller;

  public boolean isSignedIn() {
    return caller.isSignedIn();
  }

  public boolean isInTenant() {
    return caller.tenant().isPresent();
  }

  public boolean isPlatformAdmin() {
    return caller.isPlatformAdmin();
  }

  public String getDisplayName() {
    return caller.displayName();
  }

  public String getTenantName() {
    return caller.tenant().map(ActiveTenant::name).orElse("");
  }

  /** The logo's address (versioned, so browsers may cache it), or null without a logo. */
  public String getLogoPath() {
    return caller
        .tenant()
        .map(ActiveTenant::logoStamp)
        .map(stamp -> "/tenancy/logo?v=" + stamp)
        .orElse(null);
  }

  public List<ActiveTenant> getTenants() {
    return caller.availableTenants();
  }

  /** For rendered= checks; the services enforce the same roles on their own. */
  public boolean hasAnyRole(String commaSeparatedRoles) {
    return caller.hasAnyRole(
        Arrays.stream(commaSeparatedRoles.split(","))
            .map(String::strip)
            .map(Role::valueOf)
            .toArray(Role[]::new));
  }

  public String getRoleNames() {
    ResourceBundle bundle = ResourceBundle.getBundle("app.coachroom.messages");
    return caller.roles().stream()
        .sorted()
        .map(role -> bundle.getString("layout.role." + role.name()))
        .collect(Collectors.joining(", "));
  }
}
