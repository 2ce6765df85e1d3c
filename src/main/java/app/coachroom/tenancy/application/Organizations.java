package app.coachroom.tenancy.application;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.tenancy.domain.Tenant;
import app.coachroom.tenancy.infrastructure.KeycloakAdmin;
import app.coachroom.tenancy.infrastructure.KeycloakAdminException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** A tenant's Keycloak organization. */
@ApplicationScoped
public class Organizations {
  @Inject KeycloakAdmin keycloak;
  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * Gives the tenant's organization the tenant's (new) name, inside the transaction that renamed
   * the tenant: the row is flushed (and so locked, its version checked) first, and the organization
   * gets its old name back if the transaction then rolls back. A Keycloak conflict is reported at
   * the name field.
   */
  public void rename(Tenant tenant, String before, Runnable flush) {
    flush.run();
    String organizationId = idOf(tenant);
    KeycloakFailures.onRollback(
        transactions,
        () -> keycloak.renameOrganization(organizationId, before),
        "rename back " + tenant.alias());
    try {
      keycloak.renameOrganization(organizationId, tenant.name());
    } catch (KeycloakAdminException e) {
      throw KeycloakFailures.refusal(e, "name");
    }
  }

  /**
   * The tenant's organization ID; for tenants made before the ID was kept (V8) it is found by alias
   * and remembered on the (managed) tenant.
   */
  public String idOf(Tenant tenant) {
    if (tenant.organizationId() == null) {
      String found;
      try {
        found =
            keycloak
                .organizationId(tenant.alias())
                .orElseThrow(
                    () -> new RuleViolationException(null, "tenant.keycloak.noOrganization"));
      } catch (KeycloakAdminException e) {
        throw KeycloakFailures.refusal(e, null);
      }
      tenant.linkOrganization(found);
    }
    return tenant.organizationId();
  }
}
