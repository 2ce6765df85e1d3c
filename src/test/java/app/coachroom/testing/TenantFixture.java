package app.coachroom.testing;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.identity.Role;
import app.coachroom.tenancy.domain.Member;
import app.coachroom.tenancy.domain.Membership;
import app.coachroom.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Creates tenants and people for in-container tests, as the platform would, and signs a test in as
 * one of them. Every call makes fresh, random names, so tests never share data.
 */
@ApplicationScoped
public class TenantFixture {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject TenantFixture self;

  /** A new tenant, like a new Keycloak organization registered with Coachroom. */
  public ActiveTenant newTenant() {
    String alias = "t-" + UUID.randomUUID().toString().substring(0, 8);
    return caller.asPlatform(() -> self.persistTenant(alias));
  }

  /** A new person holding the given roles in the tenant; returns their subject. */
  public String newPerson(ActiveTenant tenant, Role... roles) {
    String subject = UUID.randomUUID().toString();
    grant(tenant, subject, roles);
    return subject;
  }

  /** Gives an existing person roles in (another) tenant. */
  public void grant(ActiveTenant tenant, String subject, Role... roles) {
    caller.asPlatform(
        () -> {
          self.persistMemberships(tenant.id(), subject, roles);
          return null;
        });
  }

  /** Gives a person of the tenant an e-mail address and names, as their sign-in would. */
  public void giveEmail(ActiveTenant tenant, String subject, String email) {
    caller.asPlatform(
        () -> {
          self.recordEmail(tenant.id(), subject, email);
          return null;
        });
  }

  @Transactional
  public void recordEmail(String tenantId, String subject, String email) {
    em.createQuery(
            "select m from Member m where m.tenantId = :tenant and m.subject = :subject",
            Member.class)
        .setParameter("tenant", tenantId)
        .setParameter("subject", subject)
        .getSingleResult()
        .recordSignIn(email, "Test", subject.substring(0, 8), Instant.now());
  }

  /**
   * Makes the rest of this request run as the platform admin, outside any tenant; returns their
   * subject.
   */
  public String signInAsPlatformAdmin() {
    String subject = UUID.randomUUID().toString();
    caller.signIn(subject, "Platform Admin", true);
    return subject;
  }

  /** Makes the rest of this request run as that person in that tenant. */
  public void signIn(String subject, ActiveTenant tenant) {
    caller.signIn(subject, "Test " + subject.substring(0, 8), false);
    caller.enterTenant(tenant);
  }

  /** How many rows a table holds for a tenant (for "nothing was stored" checks). */
  @Transactional
  public long rows(String table, ActiveTenant tenant) {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException(table);
    }
    return ((Number)
            em.createNativeQuery("select count(*) from " + table + " where tenant_id = ?1")
                .setParameter(1, tenant.id())
                .getSingleResult())
        .longValue();
  }

  /**
   * Moves stored times of one of a tenant's rows back, as if it were written {@code seconds}
   * earlier (for tests of clocks and deadlines that cannot wait). Native SQL bypasses Hibernate's
   * tenant filter, so the tenant is part of the statement; a row of another tenant is not touched
   * and fails the call.
   */
  @Transactional
  public void shiftBack(
      ActiveTenant tenant, String table, String id, long seconds, String... columns) {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException(table);
    }
    for (String column : columns) {
      if (!column.matches("[a-z_]+")) {
        throw new IllegalArgumentException(column);
      }
      int changed =
          em.createNativeQuery(
                  "update "
                      + table
                      + " set "
                      + column
                      + " = "
                      + column
                      + " - interval ?1 second where id = ?2 and tenant_id = ?3")
              .setParameter(1, seconds)
              .setParameter(2, id)
              .setParameter(3, tenant.id())
              .executeUpdate();
      if (changed != 1) {
        throw new IllegalStateException(
            "No " + table + " row " + id + " in tenant " + tenant.alias());
      }
    }
  }

  @Transactional
  public ActiveTenant persistTenant(String alias) {
    Tenant tenant = new Tenant(alias, "Tenant " + alias, Instant.now());
    em.persist(tenant);
    return new ActiveTenant(tenant.id(), tenant.alias(), tenant.name());
  }

  @Transactional
  public void persistMemberships(String tenantId, String subject, Role... roles) {
    boolean known =
        !em.createQuery(
                "select m.id from Member m where m.tenantId = :tenant and m.subject = :subject")
            .setParameter("tenant", tenantId)
            .setParameter("subject", subject)
            .getResultList()
            .isEmpty();
    if (!known) {
      em.persist(Member.inTenant(tenantId, subject, Instant.now()));
    }
    for (Role role : roles) {
      em.persist(Membership.inTenant(tenantId, subject, role, Instant.now()));
    }
  }
}
