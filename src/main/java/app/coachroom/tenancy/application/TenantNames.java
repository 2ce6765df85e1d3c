package app.coachroom.tenancy.application;

import app.coachroom.tenancy.infrastructure.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;

/** Tenant names by ID, for pages that list things from several tenants (the audit log). */
@ApplicationScoped
public class TenantNames {
  @Inject TenantRepository tenants;

  public Map<String, String> of(Collection<String> tenantIds) {
    return tenants.names(tenantIds);
  }
}
