package app.coachroom.tenancy.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.Audited;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.Versions;
import app.coachroom.tenancy.domain.Tenant;
import app.coachroom.tenancy.domain.TenantLogo;
import app.coachroom.tenancy.infrastructure.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A tenant admin's settings for their own tenant: display name (the Keycloak organization is
 * renamed too), timezone, locale, reminders, whether coaches may reveal identities of anonymous
 * work, and the logo in the top bar. Every change is audited.
 */
@ApplicationScoped
public class TenantSettings {
  @Inject TenantRepository tenants;
  @Inject Organizations organizations;
  @Inject Event<Audited> audit;
  @Inject Caller caller;
  @Inject Clock clock;

  /** What the settings page shows. */
  public record Settings(
      String name,
      String alias,
      String timezone,
      String locale,
      Instant logoUpdatedAt,
      int reminderHours,
      boolean coachesMayReveal,
      int defaultTarget,
      long version)
      implements Serializable {}

  /**
   * What a tenant admin saves on the settings form.
   *
   * @param defaultTarget the level (0 to 100) students should reach in a competency, unless the
   *     competency has a target of its own
   */
  public record Changes(
      String name,
      String timezone,
      String locale,
      int reminderHours,
      boolean coachesMayReveal,
      int defaultTarget)
      implements Serializable {}

  /** A logo's bytes and type, for serving it. */
  public record Logo(String mediaType, byte[] data, Instant updatedAt) {}

  @Transactional
  @RequiresRole(TENANT_ADMIN)
  public Settings current() {
    return settings(tenant());
  }

  @Transactional
  @RequiresRole(TENANT_ADMIN)
  public Settings save(long version, Changes c) {
    Tenant tenant = tenant();
    Versions.requireCurrent(tenant, tenant.version(), version, "Tenant", tenant.id());
    String beforeName = tenant.name();
    String beforeZone = tenant.timezone();
    String beforeLocale = tenant.locale();
    int beforeHours = tenant.reminderHours();
    boolean beforeReveal = tenant.coachesMayReveal();
    int beforeTarget = tenant.defaultTarget();
    tenant.configure(c.name(), c.timezone(), c.locale());
    tenant.remindBeforeDue(c.reminderHours());
    tenant.letCoachesReveal(c.coachesMayReveal());
    tenant.aimFor(c.defaultTarget());
    List<String> changes = new ArrayList<>();
    if (!beforeName.equals(tenant.name())) {
      organizations.rename(tenant, beforeName, tenants::flush);
      changes.add("name: " + beforeName + " → " + tenant.name());
    }
    if (!beforeZone.equals(tenant.timezone())) {
      changes.add("timezone: " + beforeZone + " → " + tenant.timezone());
    }
    if (!beforeLocale.equals(tenant.locale())) {
      changes.add("locale: " + beforeLocale + " → " + tenant.locale());
    }
    if (beforeHours != tenant.reminderHours()) {
      changes.add("reminder hours: " + beforeHours + " → " + tenant.reminderHours());
    }
    if (beforeReveal != tenant.coachesMayReveal()) {
      changes.add("coaches may reveal identities: " + beforeReveal + " → " + c.coachesMayReveal());
    }
    if (beforeTarget != tenant.defaultTarget()) {
      changes.add("target level: " + beforeTarget + " → " + tenant.defaultTarget());
    }
    if (!changes.isEmpty()) {
      audit.fire(
          new Audited(
              tenant.id(),
              AuditAction.TENANT_SETTINGS_CHANGED,
              tenant.alias(),
              String.join("; ", changes)));
    }
    tenants.flush();
    return settings(tenant);
  }

  /** Stores a new logo (checked by content; a refused file changes nothing). */
  @Transactional
  @RequiresRole(TENANT_ADMIN)
  public Settings saveLogo(byte[] bytes) {
    Tenant tenant = tenant();
    Instant now = clock.instant();
    Optional<TenantLogo> existing = tenants.logo(tenant.id());
    if (existing.isPresent()) {
      existing.get().replace(bytes, now);
    } else {
      tenants.addLogo(TenantLogo.of(tenant.id(), bytes, now));
    }
    tenant.logoChanged(now);
    audit.fire(
        new Audited(
            tenant.id(),
            AuditAction.TENANT_SETTINGS_CHANGED,
            tenant.alias(),
            existing.isPresent() ? "logo replaced" : "logo added"));
    tenants.flush();
    return settings(tenant);
  }

  @Transactional
  @RequiresRole(TENANT_ADMIN)
  public Settings removeLogo() {
    Tenant tenant = tenant();
    Optional<TenantLogo> existing = tenants.logo(tenant.id());
    if (existing.isPresent()) {
      tenants.removeLogo(existing.get());
      tenant.logoChanged(null);
      audit.fire(
          new Audited(
              tenant.id(), AuditAction.TENANT_SETTINGS_CHANGED, tenant.alias(), "logo removed"));
      tenants.flush();
    }
    return settings(tenant);
  }

  /** Whether the caller's bootcamp lets a cohort's coaches reveal identities of anonymous work. */
  @Transactional
  @RequiresRole({TENANT_ADMIN, COACH})
  public boolean coachesMayReveal() {
    return tenant().coachesMayReveal();
  }

  /** The level students of the caller's bootcamp should reach in a competency by default. */
  @Transactional
  @RequiresRole({TENANT_ADMIN, COACH, STUDENT})
  public int defaultTarget() {
    return tenant().defaultTarget();
  }

  /** The logo of the caller's tenant, for anyone working in it. */
  @Transactional
  @RequiresRole({TENANT_ADMIN, COACH, STUDENT})
  public Optional<Logo> logo() {
    return tenants
        .logo(caller.persistenceTenant())
        .map(l -> new Logo(l.mediaType(), l.data(), l.updatedAt()));
  }

  private Tenant tenant() {
    String id = caller.persistenceTenant();
    return tenants.find(id).orElseThrow(() -> new NotFoundException("Tenant", id));
  }

  private static Settings settings(Tenant t) {
    return new Settings(
        t.name(),
        t.alias(),
        t.timezone(),
        t.locale(),
        t.logoUpdatedAt(),
        t.reminderHours(),
        t.coachesMayReveal(),
        t.defaultTarget(),
        t.version());
  }
}
