package app.coachroom.tenancy.application;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.identity.Role;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.Audited;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.Versions;
import app.coachroom.tenancy.domain.Invitee;
import app.coachroom.tenancy.domain.Tenant;
import app.coachroom.tenancy.infrastructure.KeycloakAdmin;
import app.coachroom.tenancy.infrastructure.KeycloakAdminException;
import app.coachroom.tenancy.infrastructure.TenantRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The platform admin's tenants: list, create (the Keycloak organization and the tenant row
 * together, or neither), rename, deactivate and reactivate. A Keycloak change made inside a
 * transaction that then rolls back is undone after the rollback.
 */
@ApplicationScoped
public class TenantAdministration {
  @Inject TenantRepository tenants;
  @Inject KeycloakAdmin keycloak;
  @Inject Organizations organizations;
  @Inject Invitations invitations;
  @Inject Event<Audited> audit;
  @Inject Caller caller;
  @Inject Clock clock;
  @Resource TransactionSynchronizationRegistry transactions;

  @Transactional
  public List<TenantSummary> list() {
    return platform(
        () -> {
          Map<String, Long> members = tenants.memberCounts();
          return tenants.all().stream()
              .map(t -> summary(t, members.getOrDefault(t.id(), 0L)))
              .toList();
        });
  }

  @Transactional
  public TenantSummary find(String id) {
    return platform(() -> summary(load(id), tenants.memberCount(id)));
  }

  /**
   * Creates the tenant row, then the organization; if the organization cannot be made, the row is
   * rolled back, and if the transaction fails after the organization was made, it is deleted. When
   * Keycloak's answer is lost (a timeout), the organization may exist anyway: it is then looked up
   * by alias and deleted after the rollback.
   */
  @Transactional
  public TenantSummary create(String name, String alias, String timezone, String locale) {
    return platform(
        () -> {
          Tenant tenant = new Tenant(alias, name, timezone, locale, clock.instant());
          if (tenants.aliasTaken(tenant.alias())) {
            throw new RuleViolationException("alias", "tenant.alias.taken");
          }
          try {
            tenants.add(tenant);
          } catch (PersistenceException e) {
            // another create with the same alias committed between the check and the insert
            throw new RuleViolationException("alias", "tenant.alias.taken");
          }
          String organizationId;
          try {
            organizationId = keycloak.createOrganization(tenant.name(), tenant.alias());
          } catch (KeycloakAdminException e) {
            if (e.kind() == KeycloakAdminException.Kind.UNREACHABLE) {
              onRollback(
                  () ->
                      keycloak
                          .organizationId(tenant.alias())
                          .ifPresent(keycloak::deleteOrganization),
                  "delete organization " + tenant.alias() + " (answer lost)");
            }
            throw refusal(e, "alias");
          }
          onRollback(
              () -> keycloak.deleteOrganization(organizationId),
              "delete organization " + tenant.alias());
          tenant.linkOrganization(organizationId);
          audit.fire(
              new Audited(tenant.id(), AuditAction.TENANT_CREATED, tenant.alias(), tenant.name()));
          tenants.flush();
          return summary(tenant, 0);
        });
  }

  /**
   * Renames the tenant and its organization (which keeps its alias). The database row is updated
   * (and so locked, its version checked) before Keycloak is touched, so of two renames at once the
   * second waits and then fails without having renamed anything in Keycloak.
   */
  @Transactional
  public TenantSummary rename(String id, long version, String name) {
    return platform(
        () -> {
          Tenant tenant = loadCurrent(id, version);
          String before = tenant.name();
          tenant.rename(name);
          if (!before.equals(tenant.name())) {
            organizations.rename(tenant, before, tenants::flush);
            audit.fire(new Audited(tenant.id(), AuditAction.TENANT_RENAMED, before, tenant.name()));
          }
          tenants.flush();
          return summary(tenant, tenants.memberCount(id));
        });
  }

  /**
   * Invites a tenant admin into a bootcamp (its first one, typically), as the platform admin, who
   * is not a member: the same invitation a tenant admin sends, audited under the platform admin.
   * Not one transaction: the member is committed before the e-mail goes out.
   */
  public Invitation inviteAdmin(String tenantId, Invitee invitee, String appUrl) {
    TenantSummary tenant = find(tenantId);
    if (!tenant.active()) {
      throw new RuleViolationException(null, "tenant.inviteAdmin.deactivated", tenant.name());
    }
    return caller.actingInTenant(
        new ActiveTenant(tenant.id(), tenant.alias(), tenant.name()),
        Set.of(Role.TENANT_ADMIN),
        () -> invitations.invite(invitee, Role.TENANT_ADMIN, appUrl));
  }

  /** Members of a deactivated tenant are turned away on their next request; data stays. */
  @Transactional
  public TenantSummary deactivate(String id, long version) {
    return setActive(id, version, false);
  }

  @Transactional
  public TenantSummary reactivate(String id, long version) {
    return setActive(id, version, true);
  }

  private TenantSummary setActive(String id, long version, boolean active) {
    return platform(
        () -> {
          Tenant tenant = loadCurrent(id, version);
          if (tenant.isActive() != active) {
            if (active) {
              tenant.reactivate();
            } else {
              tenant.deactivate(clock.instant());
            }
            audit.fire(
                new Audited(
                    tenant.id(),
                    active ? AuditAction.TENANT_REACTIVATED : AuditAction.TENANT_DEACTIVATED,
                    tenant.alias(),
                    null));
          }
          tenants.flush();
          return summary(tenant, tenants.memberCount(id));
        });
  }

  private void onRollback(Runnable undo, String what) {
    KeycloakFailures.onRollback(transactions, undo, what);
  }

  private static RuleViolationException refusal(KeycloakAdminException e, String conflictField) {
    return KeycloakFailures.refusal(e, conflictField);
  }

  private <T> T platform(Supplier<T> work) {
    if (!caller.isPlatformAdmin()) {
      throw new AccessDeniedException("Only the platform admin manages tenants");
    }
    return caller.asPlatform(work);
  }

  private Tenant load(String id) {
    return tenants.find(id).orElseThrow(() -> new NotFoundException("Tenant", id));
  }

  private Tenant loadCurrent(String id, long version) {
    Tenant tenant = load(id);
    return Versions.requireCurrent(tenant, tenant.version(), version, "Tenant", id);
  }

  private static TenantSummary summary(Tenant t, long members) {
    return new TenantSummary(
        t.id(),
        t.alias(),
        t.name(),
        t.timezone(),
        t.locale(),
        t.isActive(),
        members,
        t.createdAt(),
        t.version());
  }
}
