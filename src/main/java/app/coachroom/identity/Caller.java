package app.coachroom.identity;

import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.text.ReaderLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who is calling and in which tenant, for the length of one request. Filled from the verified token
 * by {@code CallerFilter}; roles are read from the database once per request, so a membership
 * removed mid-session is denied on the next request.
 */
@RequestScoped
public class Caller implements ReaderLocale {
  @Inject Memberships directory;

  private String subject;
  private String displayName;
  private boolean platformAdmin;
  private ActiveTenant tenant;
  private List<ActiveTenant> availableTenants = List.of();
  private Set<Role> roles;
  private Memberships.Choices choices;
  private int platformDepth;

  public void signIn(String subject, String displayName, boolean platformAdmin) {
    this.subject = subject;
    this.displayName = displayName;
    this.platformAdmin = platformAdmin;
    this.tenant = null;
    this.roles = null;
    this.choices = null;
  }

  /** The tenants of the caller's verified organizations that Coachroom knows. */
  public void offerTenants(List<ActiveTenant> tenants) {
    this.availableTenants = List.copyOf(tenants);
  }

  public List<ActiveTenant> availableTenants() {
    return availableTenants;
  }

  public void enterTenant(ActiveTenant tenant) {
    this.tenant = tenant;
    this.roles = null;
    this.choices = null;
  }

  public boolean isSignedIn() {
    return subject != null;
  }

  public String subject() {
    if (subject == null) {
      throw new AccessDeniedException("Not signed in");
    }
    return subject;
  }

  public String displayName() {
    return displayName;
  }

  public boolean isPlatformAdmin() {
    return platformAdmin;
  }

  public Optional<ActiveTenant> tenant() {
    return Optional.ofNullable(tenant);
  }

  public Set<Role> roles() {
    if (tenant == null || subject == null) {
      return Set.of();
    }
    if (roles == null) {
      roles = directory.rolesOf(subject);
    }
    return roles;
  }

  /**
   * The zone the caller chose to see times in within the active tenant, read once per request;
   * empty when they chose none, outside a tenant, and for work the application does itself.
   */
  public Optional<String> personalTimezone() {
    return choices().timezone();
  }

  /** The language tag the caller chose within the active tenant (read once per request). */
  public Optional<String> personalLanguage() {
    return choices().language();
  }

  /**
   * The language the caller reads Coachroom in: their own choice in the active tenant, else the
   * bootcamp's, as far as it is shipped; English outside a tenant.
   */
  @Override
  public Locale language() {
    return Languages.resolve(choices().language().orElse(tenant == null ? null : tenant.locale()));
  }

  private Memberships.Choices choices() {
    if (tenant == null || subject == null || SYSTEM.equals(subject)) {
      return Memberships.Choices.NONE;
    }
    if (choices == null) {
      choices = directory.choices(subject);
    }
    return choices;
  }

  public boolean hasAnyRole(Role... wanted) {
    Set<Role> held = roles();
    return Arrays.stream(wanted).anyMatch(held::contains);
  }

  public void requireAnyRole(Role... wanted) {
    if (!hasAnyRole(wanted)) {
      throw new AccessDeniedException(
          "Requires one of " + EnumSet.copyOf(Arrays.asList(wanted)) + " in the active tenant");
    }
  }

  /** The tenant ID every query is scoped by; fails rather than guess. */
  public String persistenceTenant() {
    if (platformDepth > 0) {
      return PlatformTenant.ID;
    }
    if (tenant == null) {
      throw new NoTenantException();
    }
    return tenant.id();
  }

  /** The subject recorded for work the application does by itself (demo content at start). */
  public static final String SYSTEM = "system";

  /**
   * Makes this request the application itself working inside one tenant with the given roles, for
   * work nobody signs in for (importing the demo tenant's starter content at start). Only startup
   * code calls this, in a request context of its own.
   */
  public void actAsSystem(ActiveTenant tenant, Set<Role> roles) {
    this.subject = SYSTEM;
    this.displayName = "Coachroom";
    this.platformAdmin = false;
    this.tenant = tenant;
    this.roles = Set.copyOf(roles);
    this.choices = Memberships.Choices.NONE;
  }

  /**
   * Runs work inside one tenant with the given roles, as the platform admin: only platform-admin
   * code uses it, after checking the caller is one (inviting a new bootcamp's first admin).
   */
  public <T> T actingInTenant(ActiveTenant inTenant, Set<Role> withRoles, Supplier<T> work) {
    if (!platformAdmin) {
      throw new AccessDeniedException("Only the platform admin acts inside a tenant it is not in");
    }
    ActiveTenant savedTenant = this.tenant;
    Set<Role> savedRoles = this.roles;
    Memberships.Choices savedChoices = this.choices;
    this.tenant = inTenant;
    this.roles = Set.copyOf(withRoles);
    this.choices = Memberships.Choices.NONE;
    try {
      return work.get();
    } finally {
      this.tenant = savedTenant;
      this.roles = savedRoles;
      this.choices = savedChoices;
    }
  }

  /**
   * Runs work across tenants, deliberately: only tenancy code that must find a tenant before there
   * is one (resolving the login's organization) or platform-admin work uses this.
   */
  public <T> T asPlatform(Supplier<T> work) {
    platformDepth++;
    try {
      return work.get();
    } finally {
      platformDepth--;
    }
  }
}
