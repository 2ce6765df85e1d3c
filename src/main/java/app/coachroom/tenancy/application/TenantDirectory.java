package app.coachroom.tenancy.application;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.identity.Memberships;
import app.coachroom.identity.Role;
import app.coachroom.tenancy.domain.Member;
import app.coachroom.tenancy.domain.Tenant;
import app.coachroom.tenancy.infrastructure.MemberRepository;
import app.coachroom.tenancy.infrastructure.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
public class TenantDirectory implements Memberships {
  @Inject TenantRepository tenants;
  @Inject MemberRepository members;
  @Inject Caller caller;
  @Inject Clock clock;

  /**
   * The active tenants registered for these organization aliases in which the caller holds a role,
   * in the order given: someone removed from a tenant is turned away even while their token still
   * names its organization.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<ActiveTenant> registeredTenants(List<String> aliases) {
    if (aliases.isEmpty()) {
      return List.of();
    }
    List<Tenant> found =
        caller.asPlatform(() -> tenants.findByAliasesWithMember(aliases, caller.subject()));
    return found.stream()
        .sorted(Comparator.comparingInt(tenant -> aliases.indexOf(tenant.alias())))
        .map(TenantDirectory::toActive)
        .toList();
  }

  /**
   * A bootcamp that is not deactivated, as the periodic jobs need it: the tenant, and how many
   * hours before due times it reminds students.
   */
  public record JobTenant(ActiveTenant tenant, int reminderHours) {}

  /** Every bootcamp that is not deactivated, for the jobs that work through all of them. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<JobTenant> jobTenants() {
    return caller.asPlatform(
        () ->
            tenants.all().stream()
                .filter(Tenant::isActive)
                .map(tenant -> new JobTenant(toActive(tenant), tenant.reminderHours()))
                .toList());
  }

  /** The zone and language the subject chose, in the caller's active tenant. */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Choices choices(String subject) {
    return members
        .bySubject(subject)
        .map(m -> new Choices(m.timezone(), m.language()))
        .orElse(Choices.NONE);
  }

  /** The subject's roles in the caller's active tenant. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  @Override
  public Set<Role> rolesOf(String subject) {
    List<Role> roles = tenants.rolesOf(subject, caller.persistenceTenant());
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  /**
   * Refreshes the caller's e-mail and names in the active tenant from their verified token and
   * notes their first sign-in there.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordSignIn(String email, String firstName, String lastName) {
    String subject = caller.subject();
    if (tenants.rolesOf(subject, caller.persistenceTenant()).isEmpty()) {
      return;
    }
    Member member =
        members
            .bySubject(subject)
            .orElseGet(
                () -> {
                  Member added = Member.known(subject, clock.instant());
                  members.add(added);
                  return added;
                });
    member.recordSignIn(email, firstName, lastName, clock.instant());
  }

  private static ActiveTenant toActive(Tenant tenant) {
    return new ActiveTenant(
        tenant.id(),
        tenant.alias(),
        tenant.name(),
        tenant.logoUpdatedAt() == null ? null : tenant.version(),
        tenant.timezone(),
        tenant.locale());
  }
}
