package app.coachroom.tenancy.application;

import app.coachroom.tenancy.domain.Role;
import app.coachroom.tenancy.domain.Tenant;
import app.coachroom.tenancy.infrastructure.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds tenants by organization alias and a person's roles in the active tenant. Each lookup runs
 * in a transaction of its own, so a cross-tenant (platform) session never serves a tenant query:
 * outside a transaction the server may keep one session for the whole request.
 */
@ApplicationScoped
public class TenantDirectory {
  @Inject TenantRepository tenants;
  @Inject Caller caller;

  /** The tenants registered for these organization aliases, in the order given. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<ActiveTenant> registeredTenants(List<String> aliases) {
    if (aliases.isEmpty()) {
      return List.of();
    }
    List<Tenant> found = caller.asPlatform(() -> tenants.findByAliases(aliases));
    return found.stream()
        .sorted(Comparator.comparingInt(tenant -> aliases.indexOf(tenant.alias())))
        .map(TenantDirectory::toActive)
        .toList();
  }

  /** The subject's roles in the caller's active tenant. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Set<Role> rolesOf(String subject) {
    List<Role> roles = tenants.rolesOf(subject, caller.persistenceTenant());
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  private static ActiveTenant toActive(Tenant tenant) {
    return new ActiveTenant(tenant.id(), tenant.alias(), tenant.name());
  }
}
