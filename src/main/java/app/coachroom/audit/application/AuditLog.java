package app.coachroom.audit.application;

import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.audit.domain.AuditEvent;
import app.coachroom.audit.infrastructure.AuditRepository;
import app.coachroom.identity.Caller;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.Audited;
import app.coachroom.tenancy.application.TenantNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Records administrative actions (the {@link Audited} events services fire) in the transaction that
 * performs them (an action that rolls back leaves no event) and reads the log: a tenant admin their
 * tenant's, the platform admin every tenant's.
 */
@ApplicationScoped
public class AuditLog {
  @Inject AuditRepository events;
  @Inject Caller caller;
  @Inject TenantNames tenantNames;
  @Inject Clock clock;

  /**
   * Records what the caller did in a tenant, when a service fires it: synchronously, inside the
   * action's transaction (there must be one), so a rolled-back action leaves no event.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(@Observes Audited action) {
    events.add(
        new AuditEvent(
            action.tenantId(),
            caller.subject(),
            caller.displayName(),
            action.action(),
            action.target(),
            action.detail(),
            clock.instant()));
  }

  /** A page of the log, newest first: all tenants for the platform admin outside a tenant. */
  @Transactional
  public List<AuditEntry> page(int first, int size) {
    String scope = scope();
    List<AuditEvent> page =
        scope == null
            ? caller.asPlatform(() -> events.page(null, first, size))
            : events.page(scope, first, size);
    Map<String, String> names =
        tenantNames.of(page.stream().map(AuditEvent::tenantId).distinct().toList());
    return page.stream()
        .map(
            e ->
                new AuditEntry(
                    e.id(),
                    e.createdAt(),
                    names.getOrDefault(e.tenantId(), e.tenantId()),
                    e.actorName(),
                    e.action(),
                    e.target(),
                    e.detail()))
        .toList();
  }

  @Transactional
  public long count() {
    String scope = scope();
    return scope == null ? caller.asPlatform(() -> events.count(null)) : events.count(scope);
  }

  /** Null for every tenant (platform admin outside a tenant), else the caller's tenant. */
  private String scope() {
    if (caller.tenant().isEmpty() && caller.isPlatformAdmin()) {
      return null;
    }
    if (!caller.hasAnyRole(TENANT_ADMIN)) {
      throw new AccessDeniedException("Only tenant admins read the audit log");
    }
    return caller.persistenceTenant();
  }
}
