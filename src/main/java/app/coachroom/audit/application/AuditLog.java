package app.coachroom.audit.application;

import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.audit.domain.AuditEvent;
import app.coachroom.audit.infrastructure.AuditRepository;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.identity.Caller;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.Audited;
import app.coachroom.tenancy.application.People;
import app.coachroom.tenancy.application.Person;
import app.coachroom.tenancy.application.TenantNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Records audited actions (the {@link Audited} events services fire) in the transaction that
 * performs them (an action that rolls back leaves no event) and reads the log: a tenant admin their
 * tenant's, filtered by person, cohort and kind; the platform admin every tenant's.
 */
@ApplicationScoped
public class AuditLog {
  private static final int PEOPLE = 20;

  @Inject AuditRepository events;
  @Inject Caller caller;
  @Inject TenantNames tenantNames;
  @Inject CohortService cohorts;
  @Inject People people;
  @Inject Clock clock;

  /**
   * Records what the caller did in a tenant, when a service fires it: synchronously, inside the
   * action's transaction (there must be one), so a rolled-back action leaves no event.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(@Observes Audited action) {
    events.add(new AuditEvent(action, caller.subject(), caller.displayName(), clock.instant()));
  }

  /**
   * A page of the log, newest first: all tenants for the platform admin outside a tenant (who
   * filters nothing there), else the caller's tenant with the filter.
   */
  @Transactional
  public List<AuditEntry> page(AuditFilter filter, int first, int size) {
    AuditRepository.Criteria criteria = criteria(filter);
    if (criteria.tenantId() == null) {
      List<AuditEvent> page = caller.asPlatform(() -> events.page(criteria, first, size));
      return entries(page, Map.of(), Map.of());
    }
    List<AuditEvent> page = events.page(criteria, first, size);
    Map<String, Person> about =
        people.named(
            page.stream()
                .map(AuditEvent::aboutSubject)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    return entries(page, cohorts.allNames(), about);
  }

  @Transactional
  public long count(AuditFilter filter) {
    AuditRepository.Criteria criteria = criteria(filter);
    return criteria.tenantId() == null
        ? caller.asPlatform(() -> events.count(criteria))
        : events.count(criteria);
  }

  /** The bootcamp's cohorts, archived ones too, to filter by: ID to name, by name. */
  @Transactional
  public Map<String, String> cohorts() {
    requireTenantAdmin();
    return cohorts.allNames();
  }

  /** Members matching the text, to filter by (the actor or whom an action was about). */
  @Transactional
  public List<Person> people(String text) {
    requireTenantAdmin();
    return people.search(text, Set.of(), PEOPLE);
  }

  private List<AuditEntry> entries(
      List<AuditEvent> page, Map<String, String> cohortNames, Map<String, Person> about) {
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
                    e.cohortId() == null
                        ? null
                        : cohortNames.getOrDefault(e.cohortId(), e.cohortId()),
                    e.aboutSubject() == null || !about.containsKey(e.aboutSubject())
                        ? null
                        : about.get(e.aboutSubject()).name(),
                    e.target(),
                    e.before(),
                    e.detail()))
        .toList();
  }

  /** Every tenant (a null tenant) for the platform admin outside a tenant, else the caller's. */
  private AuditRepository.Criteria criteria(AuditFilter filter) {
    if (caller.tenant().isEmpty() && caller.isPlatformAdmin()) {
      return new AuditRepository.Criteria(null, null, null, null);
    }
    requireTenantAdmin();
    AuditFilter f = filter == null ? AuditFilter.NONE : filter;
    return new AuditRepository.Criteria(
        caller.persistenceTenant(), f.person(), f.cohortId(), f.action());
  }

  private void requireTenantAdmin() {
    if (!caller.hasAnyRole(TENANT_ADMIN)) {
      throw new AccessDeniedException("Only tenant admins read the audit log");
    }
  }
}
