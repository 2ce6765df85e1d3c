package app.coachroom.tenancy.web;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.identity.Languages;
import app.coachroom.identity.Role;
import app.coachroom.shared.text.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** What the layout shows about the caller: name, tenant, roles, other tenants. */
@Named
@RequestScoped
public class CallerView {
  private static final Logger LOG = Logger.getLogger(CallerView.class.getName());

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

  /**
   * The language the page is shown in: the person's, else the bootcamp's. On the page of an outage
   * the person's choice may not be readable; the bootcamp's then.
   */
  public Locale getLocale() {
    try {
      return caller.language();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "The person's language could not be read", e);
      return Languages.resolve(caller.tenant().map(ActiveTenant::locale).orElse(null));
    }
  }

  public String getRoleNames() {
    ResourceBundle bundle = Texts.bundle(getLocale());
    return caller.roles().stream()
        .sorted()
        .map(role -> bundle.getString("layout.role." + role.name()))
        .collect(Collectors.joining(", "));
  }
}
