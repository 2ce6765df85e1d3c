package app.coachroom.tenancy;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.TENANT_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.audit.application.AuditEntry;
import app.coachroom.audit.application.AuditFilter;
import app.coachroom.audit.application.AuditLog;
import app.coachroom.identity.ActiveTenant;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.tenancy.application.Invitation;
import app.coachroom.tenancy.application.TenantAdministration;
import app.coachroom.tenancy.application.TenantDirectory;
import app.coachroom.tenancy.application.TenantSummary;
import app.coachroom.tenancy.domain.Invitee;
import app.coachroom.tenancy.infrastructure.KeycloakAdmin;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.TenantFixture;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The platform admin's tenants against the real Keycloak: a tenant and its organization are made
 * together or not at all, renames reach Keycloak, deactivation turns members away, all audited.
 */
class TenantAdministrationIT extends InContainerTest {

  @Inject TenantAdministration tenants;
  @Inject TenantDirectory directory;
  @Inject KeycloakAdmin keycloak;
  @Inject AuditLog audit;
  @Inject TenantFixture fixture;
  @Inject RollsBack rollsBack;

  @Test
  void creatingATenantCreatesItsOrganizationAndIsAudited() {
    String platformAdmin = fixture.signInAsPlatformAdmin();
    String alias = alias();
    TenantSummary created = tenants.create("Night School " + alias, alias, "Europe/Berlin", "de");
    // only tenants the caller holds a role in are offered to them
    assertEquals(List.of(), directory.registeredTenants(List.of(alias)));
    fixture.grant(active(created), platformAdmin, TENANT_ADMIN);
    assertEquals(alias, created.alias());
    assertEquals("Europe/Berlin", created.timezone());
    assertTrue(created.active());
    assertEquals("Night School " + alias, keycloak.organizationName(alias).orElseThrow());
    assertTrue(tenants.list().stream().anyMatch(t -> t.id().equals(created.id())));
    assertEquals(
        List.of(alias),
        directory.registeredTenants(List.of(alias)).stream().map(ActiveTenant::alias).toList());

    AuditEntry latest = audit.page(AuditFilter.NONE, 0, 1).get(0);
    assertEquals(AuditAction.TENANT_CREATED, latest.action());
    assertEquals(alias, latest.target());
    assertEquals("Platform Admin", latest.actorName());

    TenantSummary renamed = tenants.rename(created.id(), created.version(), "Day School " + alias);
    assertEquals("Day School " + alias, renamed.name());
    assertEquals("Day School " + alias, keycloak.organizationName(alias).orElseThrow());
  }

  @Test
  void badInputAndConflictsLeaveNothingHalfMade() {
    fixture.signInAsPlatformAdmin();
    String alias = alias();
    tenants.create("First " + alias, alias, "UTC", "en");
    int before = tenants.list().size();

    assertRefused("alias", "tenant.alias.taken", () -> tenants.create("Again", alias, "UTC", "en"));
    assertRefused(
        "alias", "tenant.alias.format", () -> tenants.create("X", "Has Spaces", "UTC", "en"));
    assertRefused("alias", "tenant.alias.format", () -> tenants.create("X", "-x", "UTC", "en"));
    assertRefused("name", "tenant.name.required", () -> tenants.create(" ", alias(), "UTC", "en"));
    assertRefused(
        "timezone",
        "tenant.timezone.unknown",
        () -> tenants.create("X", alias(), "Mars/Base", "en"));
    assertRefused(
        "locale", "tenant.locale.unknown", () -> tenants.create("X", alias(), "UTC", "xx"));

    // Keycloak has the organization already (made outside Coachroom): no tenant row either
    String taken = alias();
    keycloak.createOrganization("Made in Keycloak " + taken, taken);
    assertRefused(
        "alias", "tenant.keycloak.conflict", () -> tenants.create("Mine", taken, "UTC", "en"));
    assertEquals(before, tenants.list().size());
    assertTrue(tenants.list().stream().noneMatch(t -> t.alias().equals(taken)));

    // renaming to a name another organization has: refused at the name, nothing renamed anywhere
    String other = alias();
    TenantSummary second = tenants.create("Second " + other, other, "UTC", "en");
    assertRefused(
        "name",
        "tenant.keycloak.conflict",
        () -> tenants.rename(second.id(), second.version(), "First " + alias));
    assertEquals("Second " + other, tenants.find(second.id()).name());
    assertEquals("Second " + other, keycloak.organizationName(other).orElseThrow());
  }

  @Test
  void anOrganizationMadeInATransactionThatFailsIsDeletedAgain() {
    fixture.signInAsPlatformAdmin();
    String alias = alias();
    assertThrows(
        RollsBack.Failure.class,
        () -> rollsBack.run(() -> tenants.create("Doomed " + alias, alias, "UTC", "en")));
    assertTrue(keycloak.organizationName(alias).isEmpty(), "the organization was removed again");
    assertTrue(tenants.list().stream().noneMatch(t -> t.alias().equals(alias)));
    assertTrue(
        audit.page(AuditFilter.NONE, 0, 50).stream().noneMatch(e -> alias.equals(e.target())),
        "the rolled-back creation left no audit event");
  }

  @Test
  void aDeactivatedTenantTurnsItsMembersAwayAndKeepsTheirRoles() {
    String platformAdmin = fixture.signInAsPlatformAdmin();
    String alias = alias();
    TenantSummary created = tenants.create("Pausing " + alias, alias, "UTC", "en");
    fixture.grant(active(created), platformAdmin, COACH);
    TenantSummary deactivated = tenants.deactivate(created.id(), created.version());
    assertFalse(deactivated.active());
    assertEquals(List.of(), directory.registeredTenants(List.of(alias)));
    TenantSummary reactivated = tenants.reactivate(deactivated.id(), deactivated.version());
    assertTrue(reactivated.active());
    assertEquals(1, directory.registeredTenants(List.of(alias)).size());
    List<AuditAction> actions =
        audit.page(AuditFilter.NONE, 0, 3).stream().map(AuditEntry::action).toList();
    assertEquals(
        List.of(
            AuditAction.TENANT_REACTIVATED,
            AuditAction.TENANT_DEACTIVATED,
            AuditAction.TENANT_CREATED),
        actions);
  }

  @Test
  void thePlatformAdminInvitesANewBootcampsFirstAdmin() {
    fixture.signInAsPlatformAdmin();
    String alias = alias();
    TenantSummary created = tenants.create("First Admin " + alias, alias, "UTC", "en");
    String email = "first-" + alias + "@example.test";
    Invitation invited =
        tenants.inviteAdmin(
            created.id(), Invitee.of(email, "Fiona", "First"), "http://127.0.0.1:8080/coachroom/");
    assertTrue(invited.accountCreated());
    assertTrue(invited.mailSent());
    assertEquals(1, tenants.find(created.id()).members());
    AuditEntry latest = audit.page(AuditFilter.NONE, 0, 1).get(0);
    assertEquals(AuditAction.MEMBER_INVITED, latest.action());
    assertEquals("Platform Admin", latest.actorName());

    String subject = keycloak.accountByEmail(email).orElseThrow().id();
    assertTrue(
        keycloak.isOrganizationMember(keycloak.organizationId(alias).orElseThrow(), subject));
    fixture.signIn(subject, active(created));
    assertEquals(Set.of(TENANT_ADMIN), directory.rolesOf(subject));
    assertThrows(
        AccessDeniedException.class,
        () ->
            tenants.inviteAdmin(
                created.id(), Invitee.of("x-" + email, "X", "Y"), "http://127.0.0.1:8080/"));
  }

  @Test
  void onlyThePlatformAdminAdministersTenants() {
    ActiveTenant tenant = fixture.newTenant();
    for (var role : List.of(TENANT_ADMIN, COACH)) {
      fixture.signIn(fixture.newPerson(tenant, role), tenant);
      assertThrows(AccessDeniedException.class, () -> tenants.list());
      assertThrows(AccessDeniedException.class, () -> tenants.create("X", alias(), "UTC", "en"));
      assertThrows(AccessDeniedException.class, () -> tenants.deactivate(tenant.id(), 0));
    }
    // a tenant admin reads only their own tenant's audit log
    fixture.signIn(fixture.newPerson(tenant, TENANT_ADMIN), tenant);
    assertEquals(0, audit.count(AuditFilter.NONE));
    fixture.signIn(fixture.newPerson(tenant, COACH), tenant);
    assertThrows(AccessDeniedException.class, () -> audit.count(AuditFilter.NONE));
  }

  private static String alias() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static void assertRefused(String field, String key, Runnable call) {
    RuleViolationException e = assertThrows(RuleViolationException.class, call::run);
    assertEquals(key, e.messageKey(), () -> "field " + field);
    assertEquals(field, e.field());
  }

  private static ActiveTenant active(TenantSummary tenant) {
    return new ActiveTenant(tenant.id(), tenant.alias(), tenant.name());
  }
}
