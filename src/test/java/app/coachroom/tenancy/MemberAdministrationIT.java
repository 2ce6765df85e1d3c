package app.coachroom.tenancy;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.audit.application.AuditEntry;
import app.coachroom.audit.application.AuditFilter;
import app.coachroom.audit.application.AuditLog;
import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Role;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.tenancy.application.Invitation;
import app.coachroom.tenancy.application.Invitations;
import app.coachroom.tenancy.application.MemberAdministration;
import app.coachroom.tenancy.application.MemberRow;
import app.coachroom.tenancy.application.TenantAdministration;
import app.coachroom.tenancy.application.TenantDirectory;
import app.coachroom.tenancy.application.TenantSummary;
import app.coachroom.tenancy.domain.Invitee;
import app.coachroom.tenancy.infrastructure.KeycloakAdmin;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.TenantFixture;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A tenant admin's people against the real Keycloak: inviting makes the account, the organization
 * membership and the member; retries duplicate nobody; removal turns the person away at once and
 * only from this tenant; nobody reaches another tenant's people or an admin action without the
 * role.
 */
class MemberAdministrationIT extends InContainerTest {
  private static final String APP_URL = "http://127.0.0.1:8080/coachroom/";

  @Inject TenantAdministration tenants;
  @Inject MemberAdministration members;
  @Inject Invitations invitations;
  @Inject TenantDirectory directory;
  @Inject KeycloakAdmin keycloak;
  @Inject AuditLog audit;
  @Inject TenantFixture fixture;

  @Test
  void invitingMakesTheAccountTheOrganizationMembershipAndTheMemberOnce() {
    Bootcamp camp = newBootcamp();
    String email = email("ines");

    Invitation first = invitations.invite(Invitee.of(email, "Ines", "Invited"), STUDENT, APP_URL);
    assertTrue(first.accountCreated());
    assertTrue(first.memberAdded());
    assertTrue(first.needsSetup());
    assertTrue(first.mailSent(), "Keycloak sent the set-password e-mail");

    KeycloakAdmin.Account account = keycloak.accountByEmail(email).orElseThrow();
    assertFalse(account.hasPassword());
    assertTrue(keycloak.isOrganizationMember(camp.organizationId, account.id()));
    MemberRow row = only(members.page(email, null, 0, 10));
    assertEquals("Ines Invited", row.name());
    assertEquals(List.of(STUDENT), row.roles());
    assertFalse(row.joined());
    assertNotNull(row.invitationSentAt());
    AuditEntry latest = audit.page(AuditFilter.NONE, 0, 1).get(0);
    assertEquals(AuditAction.MEMBER_INVITED, latest.action());
    assertEquals(email, latest.target());

    // a retry (after a lost answer, or a second click) changes nothing and duplicates nobody
    Invitation again =
        invitations.invite(
            Invitee.of(" " + email.toUpperCase() + " ", "Ines", "I."), STUDENT, APP_URL);
    assertFalse(again.accountCreated());
    assertFalse(again.memberAdded());
    assertFalse(again.roleAdded());
    assertEquals(1, members.count(email, null));
    assertEquals(account.id(), keycloak.accountByEmail(email).orElseThrow().id());

    // another role for the same person is one more role, not one more person
    Invitation coach = invitations.invite(Invitee.of(email, "Ines", "Invited"), COACH, APP_URL);
    assertTrue(coach.roleAdded());
    assertEquals(List.of(COACH, STUDENT), only(members.page(email, null, 0, 10)).roles());
    assertEquals(1, members.count(null, COACH));
    assertEquals(1, members.count(null, STUDENT));
    assertEquals(2, members.count(null, null));
    assertEquals(1, members.count("invited", null), "search by last name");
    assertEquals(0, members.count("%", null), "wildcards are taken literally");
  }

  @Test
  void removingAMemberTurnsThemAwayOnTheirNextRequestAndOnlyHere() {
    Bootcamp here = newBootcamp();
    String email = email("rami");
    invitations.invite(Invitee.of(email, "Rami", "Removed"), STUDENT, APP_URL);
    String subject = keycloak.accountByEmail(email).orElseThrow().id();

    // the same person in another bootcamp, invited by that bootcamp's admin
    Bootcamp elsewhere = newBootcamp();
    Invitation there = invitations.invite(Invitee.of(email, "Rami", "Removed"), COACH, APP_URL);
    assertFalse(there.accountCreated(), "the existing account is reused");
    assertTrue(there.memberAdded());

    fixture.signIn(here.admin, here.tenant);
    MemberRow row = only(members.page(email, null, 0, 10));
    members.remove(row.id(), row.version());
    assertEquals(0, members.count(email, null));
    assertFalse(keycloak.isOrganizationMember(here.organizationId, subject));
    assertEquals(AuditAction.MEMBER_REMOVED, audit.page(AuditFilter.NONE, 0, 1).get(0).action());

    // their next request: no role here, the tenant is not offered even though the token names it
    fixture.signIn(subject, here.tenant);
    assertEquals(Set.of(), directory.rolesOf(subject));
    assertEquals(
        List.of(elsewhere.tenant.alias()),
        directory.registeredTenants(List.of(here.tenant.alias(), elsewhere.tenant.alias())).stream()
            .map(ActiveTenant::alias)
            .toList());
    // and the other bootcamp keeps them
    assertTrue(keycloak.isOrganizationMember(elsewhere.organizationId, subject));
    fixture.signIn(elsewhere.admin, elsewhere.tenant);
    assertEquals(List.of(COACH), only(members.page(email, null, 0, 10)).roles());
  }

  @Test
  void someoneWhoCanSignInAlreadyGetsTheAppsOwnNoticeInstead() {
    newBootcamp();
    // a demo user with a password; taken out again at the end, so other tests see them unchanged
    String email = "coach.second@coachroom.test";
    Invitation added = invitations.invite(Invitee.of(email, "Cole", "Second"), COACH, APP_URL);
    try {
      assertFalse(added.accountCreated());
      assertTrue(added.memberAdded());
      assertFalse(added.needsSetup(), "they have a password");
      assertTrue(added.mailSent(), "the app's notice went through the server's SMTP");
      // "send again" reminds them with the notice, not a set-password link
      Invitation again = invitations.resend(added.memberId(), APP_URL);
      assertTrue(again.mailSent());
    } finally {
      MemberRow row = only(members.page(email, null, 0, 10));
      members.remove(row.id(), row.version());
    }
  }

  @Test
  void rolesChangeButNobodyLocksThemselvesOut() {
    Bootcamp camp = newBootcamp();
    String email = email("cody");
    invitations.invite(Invitee.of(email, "Cody", "Changed"), STUDENT, APP_URL);
    MemberRow row = only(members.page(email, null, 0, 10));

    MemberRow changed = members.changeRoles(row.id(), row.version(), EnumSet.of(COACH));
    assertEquals(List.of(COACH), changed.roles());
    assertEquals(
        AuditAction.MEMBER_ROLE_CHANGED, audit.page(AuditFilter.NONE, 0, 1).get(0).action());
    assertEquals("STUDENT → COACH", audit.page(AuditFilter.NONE, 0, 1).get(0).detail());
    assertThrows(
        jakarta.persistence.OptimisticLockException.class,
        () -> members.changeRoles(row.id(), row.version(), EnumSet.of(STUDENT)),
        "a stale page cannot overwrite the change");
    assertRefused(
        "roles",
        "member.roles.required",
        () -> members.changeRoles(changed.id(), changed.version(), EnumSet.noneOf(Role.class)));

    MemberRow self = only(members.page(null, TENANT_ADMIN, 0, 10));
    assertRefused(
        "roles",
        "member.self.adminRole",
        () -> members.changeRoles(self.id(), self.version(), EnumSet.of(COACH)));
    assertRefused(null, "member.self.remove", () -> members.remove(self.id(), self.version()));
    assertEquals(List.of(TENANT_ADMIN), members.find(self.id()).roles());
    assertNotNull(camp);
  }

  @Test
  void badInputIsRefusedAndWritesNothing() {
    Bootcamp camp = newBootcamp();
    long before = members.count(null, null);
    assertRefused("email", "member.email.invalid", () -> Invitee.of("not-an-address", "A", "B"));
    assertRefused(
        "email", "member.email.invalid", () -> Invitee.of("=cmd|'/C calc'!A0@x.io", "A", "B"));
    assertRefused("email", "member.email.required", () -> Invitee.of(" ", "A", "B"));
    assertRefused(
        "firstName", "member.name.formula", () -> Invitee.of(email("f"), "=HYPERLINK(1)", "B"));
    assertRefused("lastName", "member.lastName.required", () -> Invitee.of(email("f"), "A", ""));
    assertRefused(
        "role",
        "member.role.required",
        () -> invitations.invite(Invitee.of(email("r"), "A", "B"), null, APP_URL));
    assertEquals(before, members.count(null, null));
    assertEquals(1, fixture.rows("member", camp.tenant));
  }

  @Test
  void aTenantAdminNeverReachesAnotherTenantsPeople() {
    Bootcamp theirs = newBootcamp();
    String email = email("other");
    invitations.invite(Invitee.of(email, "Otto", "Other"), STUDENT, APP_URL);
    MemberRow foreign = only(members.page(email, null, 0, 10));

    Bootcamp mine = newBootcamp();
    assertEquals(0, members.count(email, null));
    assertThrows(NotFoundException.class, () -> members.find(foreign.id()));
    assertThrows(
        NotFoundException.class,
        () -> members.changeRoles(foreign.id(), foreign.version(), EnumSet.of(TENANT_ADMIN)));
    assertThrows(NotFoundException.class, () -> members.remove(foreign.id(), foreign.version()));
    assertThrows(NotFoundException.class, () -> invitations.resend(foreign.id(), APP_URL));

    fixture.signIn(theirs.admin, theirs.tenant);
    assertEquals(List.of(STUDENT), members.find(foreign.id()).roles());
    assertNotNull(mine);
  }

  @Test
  void coachesAndStudentsCannotAdministerPeople() {
    Bootcamp camp = newBootcamp();
    String email = email("sue");
    invitations.invite(Invitee.of(email, "Sue", "Student"), STUDENT, APP_URL);
    MemberRow row = only(members.page(email, null, 0, 10));
    for (Role role : List.of(COACH, STUDENT)) {
      fixture.signIn(fixture.newPerson(camp.tenant, role), camp.tenant);
      assertThrows(AccessDeniedException.class, () -> members.count(null, null));
      assertThrows(AccessDeniedException.class, () -> members.page(null, null, 0, 10));
      assertThrows(AccessDeniedException.class, () -> members.find(row.id()));
      assertThrows(
          AccessDeniedException.class,
          () -> invitations.invite(Invitee.of(email("x"), "X", "Y"), STUDENT, APP_URL));
      assertThrows(
          AccessDeniedException.class,
          () -> members.changeRoles(row.id(), row.version(), EnumSet.of(TENANT_ADMIN)));
      assertThrows(AccessDeniedException.class, () -> members.remove(row.id(), row.version()));
      assertThrows(AccessDeniedException.class, () -> invitations.resend(row.id(), APP_URL));
    }
    assertTrue(keycloak.accountByEmail(email("x")).isEmpty());
  }

  /** A bootcamp made by the platform admin (with its organization) and its admin, signed in. */
  private Bootcamp newBootcamp() {
    fixture.signInAsPlatformAdmin();
    String alias = "mb-" + UUID.randomUUID().toString().substring(0, 8);
    TenantSummary created = tenants.create("Members " + alias, alias, "UTC", "en");
    ActiveTenant tenant = new ActiveTenant(created.id(), created.alias(), created.name());
    String admin = fixture.newPerson(tenant, TENANT_ADMIN);
    fixture.signIn(admin, tenant);
    return new Bootcamp(tenant, admin, keycloak.organizationId(alias).orElseThrow());
  }

  private record Bootcamp(ActiveTenant tenant, String admin, String organizationId) {}

  private static String email(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
  }

  private static MemberRow only(List<MemberRow> rows) {
    assertEquals(1, rows.size(), () -> "rows: " + rows);
    return rows.get(0);
  }

  private static void assertRefused(String field, String key, Runnable call) {
    RuleViolationException e = assertThrows(RuleViolationException.class, call::run);
    assertEquals(key, e.messageKey(), () -> "field " + field);
    assertEquals(field, e.field());
  }
}
