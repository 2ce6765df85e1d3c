package app.coachroom.identity;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Gives Hibernate the tenant of the current request. With no request (startup, timers) and no
 * deliberate platform call, there is no tenant, and opening a session fails.
 */
public class CallerTenantResolver implements CurrentTenantIdentifierResolver<String> {

  @Override
  public String resolveCurrentTenantIdentifier() {
    try {
      return CDI.current().select(Caller.class).get().persistenceTenant();
    } catch (ContextNotActiveException e) {
      throw new NoTenantException();
    }
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return true;
  }

  @Override
  public boolean isRoot(String tenantId) {
    return PlatformTenant.ID.equals(tenantId);
  }
}
