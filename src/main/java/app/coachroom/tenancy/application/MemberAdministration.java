package app.coachroom.tenancy.application;

import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.identity.Role;
import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.Audited;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.Versions;
import app.coachroom.tenancy.domain.Invitee;
import app.coachroom.tenancy.domain.Member;
import app.coachroom.tenancy.domain.Membership;
import app.coachroom.tenancy.domain.Tenant;
import app.coachroom.tenancy.infrastructure.KeycloakAdmin;
import app.coachroom.tenancy.infrastructure.KeycloakAdminException;
import app.coachroom.tenancy.infrastructure.MemberRepository;
import app.coachroom.tenancy.infrastructure.TenantRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The tenant admin's people: list, add (with a Keycloak account and organization membership),
 * change roles, remove. Every change is audited. A member's row and roles are written before
 * Keycloak is touched, so a refused Keycloak call rolls everything back; a Keycloak change whose
 * transaction then rolls back is undone.
 */
@ApplicationScoped
public class MemberAdministration {
  @Inject MemberRepository members;
  @Inject TenantRepository tenants;
  @Inject Organizations organizations;
  @Inject KeycloakAdmin keycloak;
  @Inject Event<Audited> audit;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject Event<MemberLeft> left;
  @Resource TransactionSynchronizationRegistry transactions;

  @Transactional
  @RequiresRole(TENANT_ADMIN)
  public List<MemberRow> page(String text, Role role, int first, int size) {
    List<Member> page = members.page(text, role, first, size);
    Map<String, Set<Role>> roles = members.roles(page.stream().map(Member::subject).toList());
    return page.stream().map(m -> row(m, roles.getOrDefault(m.subject(), Set.of()))).toList();
  }

  @Transactional
  @RequiresRole(TENANT_ADMIN)
  public long count(String text, Role role) {
    return members.count(text, role);
  }

  /**
   * Every member matching the filters, for the CSV export (a tenant has hundreds, not millions).
   */
  @Transactional
  @RequiresRole(TENANT_ADMIN)
  public List<MemberRow> all(String text, Role role) {
    List<MemberRow> all = new ArrayList<>();
    int size = 500;
    for (int first = 0; ; first += size) {
      List<MemberRow> page = page(text, role, first, size);
      all.addAll(page);
      if (page.size() < size) {
        return all;
      }
    }
  }

  @Transactional
  @RequiresRole(TENANT_ADMIN)
  public MemberRow find(String id) {
    Member member = load(id);
    return row(member, roleSet(member.subject()));
  }

  /**
   * Gives the person the role in this tenant: finds their Keycloak account by e-mail or makes one,
   * adds it to the tenant's organization, and records member and role. Asking again for someone who
   * already holds the role changes nothing (so a retry never duplicates anyone). Sends no mail; see
   * {@link Invitations}.
   */
  @Transactional
  @RequiresRole(TENANT_ADMIN)
  public Invitation add(Invitee invitee, Role role) {
    if (role == null) {
      throw new RuleViolationException("role", "member.role.required");
    }
    String organizationId = organizations.idOf(currentTenant());
    Optional<KeycloakAdmin.Account> account =
        keycloak(() -> keycloak.accountByEmail(invitee.email()));
    boolean created = account.isEmpty();
    String subject;
    boolean needsSetup;
    if (created) {
      subject = createAccount(invitee);
      needsSetup = true;
    } else {
      KeycloakAdmin.Account found = account.get();
      if (found.hasPassword() && !found.emailVerified()) {
        // anyone can type any address into their own account: only a confirmed address (or an
        // account Coachroom made, still without a password) says who the person is
        throw new RuleViolationException("email", "member.email.unverified", invitee.email());
      }
      subject = found.id();
      needsSetup = !found.hasPassword();
    }
    Optional<Member> existing = members.bySubject(subject);
    if (existing.isPresent()) {
      // a role added to someone being removed at the same moment waits for (or fails on) them
      members.lock(existing.get(), LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
    Member member =
        existing.orElseGet(
            () -> new Member(subject, invitee, caller.displayName(), clock.instant()));
    Set<Role> held = roleSet(subject);
    boolean roleAdded = !held.contains(role);
    if (existing.isEmpty()) {
      members.add(member);
    }
    if (roleAdded) {
      members.add(new Membership(subject, role, clock.instant()));
    }
    try {
      members.flush();
    } catch (PersistenceException e) {
      // the same person invited by another admin (or bulk run) at the same moment
      throw new RuleViolationException("email", "member.invite.concurrent", invitee.email());
    }
    if (existing.isEmpty()) {
      KeycloakFailures.onRollback(
          transactions,
          () -> keycloak.removeOrganizationMember(organizationId, subject),
          "remove " + invitee.email() + " from organization " + organizationId);
    }
    // always (adding twice is fine): repairs a member whose organization membership was lost
    keycloak(
        () -> {
          keycloak.addOrganizationMember(organizationId, subject);
          return null;
        });
    if (existing.isEmpty() || roleAdded) {
      audit.fire(new Audited(tenantId(), AuditAction.MEMBER_INVITED, invitee.email(), role.name()));
    }
    return new Invitation(
        invitee.email(),
        member.id(),
        created,
        existing.isEmpty(),
        roleAdded,
        needsSetup && !member.hasJoined(),
        false,
        null);
  }

  /** Notes that the invitation e-mail went out. */
  @Transactional
  @RequiresRole(TENANT_ADMIN)
  public void invitationSent(String memberId) {
    load(memberId).invitationSent(clock.instant());
  }

  /** The Keycloak account (subject) of a member who has not signed in yet, for a new e-mail. */
  @Transactional
  @RequiresRole(TENANT_ADMIN)
  public Invitation reinvite(String memberId) {
    Member member = load(memberId);
    if (member.hasJoined()) {
      throw new RuleViolationException(null, "member.invite.joined", member.displayName());
    }
    return new Invitation(member.email(), member.id(), false, false, false, true, false, null);
  }

  /** The member's Keycloak subject. */
  @Transactional
  @RequiresRole(TENANT_ADMIN)
  public String subjectOf(String memberId) {
    return load(memberId).subject();
  }

  /**
   * Replaces the member's roles with these (at least one). A tenant admin cannot take their own
   * admin role, so a tenant never locks its last admin out by accident.
   */
  @Transactional
  @RequiresRole(TENANT_ADMIN)
  public MemberRow changeRoles(String memberId, long version, Set<Role> wanted) {
    Member member = loadCurrent(memberId, version);
    if (wanted == null || wanted.isEmpty()) {
      throw new RuleViolationException("roles", "member.roles.required");
    }
    Set<Role> before = roleSet(member.subject());
    if (member.subject().equals(caller.subject())
        && before.contains(TENANT_ADMIN)
        && !wanted.contains(TENANT_ADMIN)) {
      throw new RuleViolationException("roles", "member.self.adminRole");
    }
    if (!before.equals(wanted)) {
      if (before.contains(TENANT_ADMIN) && !wanted.contains(TENANT_ADMIN)) {
        requireAnotherAdmin();
      }
      members.lock(member, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
      for (Membership held : members.memberships(member.subject())) {
        if (!wanted.contains(held.role())) {
          members.remove(held);
        }
      }
      for (Role role : wanted) {
        if (!before.contains(role)) {
          members.add(new Membership(member.subject(), role, clock.instant()));
        }
      }
      audit.fire(
          new Audited(
              tenantId(),
              AuditAction.MEMBER_ROLE_CHANGED,
              member.email() != null ? member.email() : member.displayName(),
              names(before) + " → " + names(wanted)));
      members.flush();
    }
    return row(member, EnumSet.copyOf(wanted));
  }

  /**
   * Takes the person out of this tenant: their roles and member row go, and they leave the tenant's
   * Keycloak organization (not any other). They are turned away on their next request; what they
   * submitted stays. Nobody removes themselves.
   */
  @Transactional
  @RequiresRole(TENANT_ADMIN)
  public void remove(String memberId, long version) {
    Member member = loadCurrent(memberId, version);
    if (member.subject().equals(caller.subject())) {
      throw new RuleViolationException(null, "member.self.remove");
    }
    String organizationId = organizations.idOf(currentTenant());
    Set<Role> before = roleSet(member.subject());
    if (before.contains(TENANT_ADMIN)) {
      requireAnotherAdmin();
    }
    members.memberships(member.subject()).forEach(members::remove);
    members.remove(member);
    left.fire(new MemberLeft(member.subject(), member.displayName()));
    members.flush();
    // registered first: a removal whose answer is lost may still have happened in Keycloak
    KeycloakFailures.onRollback(
        transactions,
        () -> keycloak.addOrganizationMember(organizationId, member.subject()),
        "add " + member.subject() + " back to organization " + organizationId);
    keycloak(
        () -> {
          keycloak.removeOrganizationMember(organizationId, member.subject());
          return null;
        });
    audit.fire(
        new Audited(
            tenantId(),
            AuditAction.MEMBER_REMOVED,
            member.email() != null ? member.email() : member.displayName(),
            names(before)));
  }

  /**
   * Refuses taking the tenant's last admin away. The admin roles are locked first, so two admins
   * demoting each other at the same moment cannot both succeed.
   */
  private void requireAnotherAdmin() {
    if (members.lockedAdminCount() <= 1) {
      throw new RuleViolationException("roles", "member.lastAdmin");
    }
  }

  private String createAccount(Invitee invitee) {
    try {
      return keycloak.createAccount(invitee.email(), invitee.firstName(), invitee.lastName());
    } catch (KeycloakAdminException e) {
      if (e.kind() != KeycloakAdminException.Kind.CONFLICT) {
        throw KeycloakFailures.refusal(e, "email");
      }
      // made in the meantime (another invitation of the same person): use it
      return keycloak(() -> keycloak.accountByEmail(invitee.email()))
          .map(KeycloakAdmin.Account::id)
          .orElseThrow(() -> new RuleViolationException("email", "member.email.accountConflict"));
    }
  }

  private static <T> T keycloak(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (KeycloakAdminException e) {
      throw KeycloakFailures.refusal(e, "email");
    }
  }

  private Set<Role> roleSet(String subject) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    members.memberships(subject).forEach(m -> roles.add(m.role()));
    return roles;
  }

  private static String names(Set<Role> roles) {
    return new TreeSet<>(roles).stream().map(Role::name).collect(Collectors.joining(", "));
  }

  private String tenantId() {
    return caller.persistenceTenant();
  }

  private Tenant currentTenant() {
    return tenants.find(tenantId()).orElseThrow(() -> new NotFoundException("Tenant", tenantId()));
  }

  private Member load(String id) {
    return members.find(id).orElseThrow(() -> new NotFoundException("Member", id));
  }

  private Member loadCurrent(String id, long version) {
    Member member = load(id);
    return Versions.requireCurrent(member, member.version(), version, "Member", id);
  }

  private static MemberRow row(Member m, Set<Role> roles) {
    return new MemberRow(
        m.id(),
        m.subject(),
        m.displayName(),
        m.email(),
        List.copyOf(new TreeSet<>(roles)),
        m.invitedBy(),
        m.invitationSentAt(),
        m.joinedAt(),
        m.version());
  }
}
