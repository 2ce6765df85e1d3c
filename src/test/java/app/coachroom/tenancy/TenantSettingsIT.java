package app.coachroom.tenancy;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.audit.application.AuditEntry;
import app.coachroom.audit.application.AuditFilter;
import app.coachroom.audit.application.AuditLog;
import app.coachroom.identity.ActiveTenant;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.tenancy.application.TenantAdministration;
import app.coachroom.tenancy.application.TenantDirectory;
import app.coachroom.tenancy.application.TenantSettings;
import app.coachroom.tenancy.application.TenantSummary;
import app.coachroom.tenancy.infrastructure.KeycloakAdmin;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.TenantFixture;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A tenant admin's settings: the name reaches the Keycloak organization, bad values change nothing,
 * the logo is checked by content and shown to the tenant's members only, all audited.
 */
class TenantSettingsIT extends InContainerTest {

  @Inject TenantAdministration tenants;
  @Inject TenantSettings settings;
  @Inject TenantDirectory directory;
  @Inject KeycloakAdmin keycloak;
  @Inject AuditLog audit;
  @Inject TenantFixture fixture;

  @Test
  void nameTimezoneAndLocaleAreSavedAndTheOrganizationRenamed() {
    ActiveTenant tenant = newBootcamp();
    TenantSettings.Settings before = settings.current();
    TenantSettings.Settings saved =
        settings.save(
            before.version(),
            changes("Renamed " + tenant.alias(), "America/New_York", "en-GB", 48, true));
    assertEquals("America/New_York", saved.timezone());
    assertEquals("en-GB", saved.locale());
    assertEquals(48, saved.reminderHours());
    assertTrue(saved.coachesMayReveal());
    assertEquals(
        "Renamed " + tenant.alias(), keycloak.organizationName(tenant.alias()).orElseThrow());
    AuditEntry latest = audit.page(AuditFilter.NONE, 0, 1).get(0);
    assertEquals(AuditAction.TENANT_SETTINGS_CHANGED, latest.action());
    assertTrue(latest.detail().contains("timezone: UTC → America/New_York"), latest.detail());
    assertTrue(latest.detail().contains("reminder hours: 24 → 48"), latest.detail());
    assertTrue(
        latest.detail().contains("coaches may reveal identities: false → true"), latest.detail());

    assertRefused(
        "timezone",
        "tenant.timezone.unknown",
        () -> settings.save(saved.version(), changes("X", "Mars/Base", "en", 24, false)));
    assertRefused(
        "name",
        "tenant.name.required",
        () -> settings.save(saved.version(), changes(" ", "UTC", "en", 24, false)));
    assertRefused(
        "locale",
        "tenant.locale.unknown",
        () -> settings.save(saved.version(), changes("X", "UTC", "xx", 24, false)));
    assertRefused(
        "reminderHours",
        "tenant.reminderHours.range",
        () -> settings.save(saved.version(), changes("X", "UTC", "en", 337, false)));
    assertRefused(
        "defaultTarget",
        "tenant.defaultTarget.range",
        () ->
            settings.save(
                saved.version(), new TenantSettings.Changes("X", "UTC", "en", 24, false, 101)));
    assertRefused(
        "defaultTarget",
        "tenant.defaultTarget.range",
        () ->
            settings.save(
                saved.version(), new TenantSettings.Changes("X", "UTC", "en", 24, false, -1)));
    assertThrows(
        jakarta.persistence.OptimisticLockException.class,
        () -> settings.save(before.version(), changes("Stale", "UTC", "en", 24, false)));
    TenantSettings.Settings now = settings.current();
    assertEquals("Renamed " + tenant.alias(), now.name());
    assertEquals("America/New_York", now.timezone());
    assertEquals(48, now.reminderHours());
    assertEquals(
        "Renamed " + tenant.alias(), keycloak.organizationName(tenant.alias()).orElseThrow());
  }

  @Test
  void theLogoIsCheckedByContentAndShownToTheTenantsMembersOnly() throws IOException {
    ActiveTenant tenant = newBootcamp();
    String admin = fixture.newPerson(tenant, TENANT_ADMIN);
    fixture.signIn(admin, tenant);
    long events = fixture.rows("audit_event", tenant);
    byte[] svg =
        "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
    assertRefused("logo", "tenant.logo.type", () -> settings.saveLogo(svg));
    assertRefused("logo", "tenant.logo.tooLarge", () -> settings.saveLogo(new byte[600 * 1024]));
    assertTrue(settings.logo().isEmpty());
    assertEquals(events, fixture.rows("audit_event", tenant), "a refused logo is not audited");

    byte[] png = png(120, 40);
    TenantSettings.Settings saved = settings.saveLogo(png);
    assertNotNull(saved.logoUpdatedAt());
    assertArrayEquals(png, settings.logo().orElseThrow().data());
    assertEquals("image/png", settings.logo().orElseThrow().mediaType());
    assertEquals(
        saved.version(), directory.registeredTenants(List.of(tenant.alias())).get(0).logoStamp());

    // a student of the tenant sees it; another tenant's admin gets their own (none)
    fixture.signIn(fixture.newPerson(tenant, STUDENT), tenant);
    assertArrayEquals(png, settings.logo().orElseThrow().data());
    assertThrows(AccessDeniedException.class, () -> settings.saveLogo(png));
    assertThrows(AccessDeniedException.class, () -> settings.removeLogo());
    ActiveTenant other = fixture.newTenant();
    fixture.signIn(fixture.newPerson(other, TENANT_ADMIN), other);
    assertTrue(settings.logo().isEmpty());

    fixture.signIn(admin, tenant);
    assertNull(settings.removeLogo().logoUpdatedAt());
    assertTrue(settings.logo().isEmpty());
    assertEquals(
        List.of("logo removed", "logo added"),
        audit.page(AuditFilter.NONE, 0, 2).stream().map(AuditEntry::detail).toList());
  }

  @Test
  void coachesAndStudentsCannotChangeSettings() {
    ActiveTenant tenant = newBootcamp();
    long version = settings.current().version();
    for (var role : List.of(COACH, STUDENT)) {
      fixture.signIn(fixture.newPerson(tenant, role), tenant);
      assertThrows(AccessDeniedException.class, () -> settings.current());
      assertThrows(
          AccessDeniedException.class,
          () -> settings.save(version, changes("Mine", "UTC", "en", 24, false)));
    }
  }

  /** A bootcamp with its Keycloak organization; its admin is signed in. */
  private ActiveTenant newBootcamp() {
    fixture.signInAsPlatformAdmin();
    String alias = "ts-" + UUID.randomUUID().toString().substring(0, 8);
    TenantSummary created = tenants.create("Settings " + alias, alias, "UTC", "en");
    ActiveTenant tenant = new ActiveTenant(created.id(), created.alias(), created.name());
    fixture.signIn(fixture.newPerson(tenant, TENANT_ADMIN), tenant);
    return tenant;
  }

  private static byte[] png(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  private static TenantSettings.Changes changes(
      String name, String zone, String locale, int hours, boolean reveal) {
    return new TenantSettings.Changes(name, zone, locale, hours, reveal, 70);
  }

  private static void assertRefused(String field, String key, Runnable call) {
    RuleViolationException e = assertThrows(RuleViolationException.class, call::run);
    assertEquals(key, e.messageKey(), () -> "field " + field);
    assertEquals(field, e.field());
  }
}
