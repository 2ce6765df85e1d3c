package app.coachroom.tenancy.infrastructure;

import app.coachroom.identity.Role;
import app.coachroom.shared.domain.Ids;
import app.coachroom.shared.persistence.Likes;
import app.coachroom.tenancy.domain.Member;
import app.coachroom.tenancy.domain.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The active tenant's members and their roles (Hibernate adds the tenant to every query). */
@ApplicationScoped
public class MemberRepository {
  @PersistenceContext EntityManager em;

  /** A page of members matching the text (name or e-mail) and holding the role, by name. */
  public List<Member> page(String text, Role role, int first, int size) {
    return page(text, role == null ? Set.of() : Set.of(role), first, size);
  }

  /** A page of members matching the text and holding any of the roles (any role when empty). */
  public List<Member> page(String text, Set<Role> roles, int first, int size) {
    return query(
            "select m from Member m",
            text,
            roles,
            " order by m.lastName, m.firstName, m.email, m.id",
            Member.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(String text, Role role) {
    return query(
            "select count(m) from Member m",
            text,
            role == null ? Set.of() : Set.of(role),
            "",
            Long.class)
        .getSingleResult();
  }

  private <T> TypedQuery<T> query(
      String select, String text, Set<Role> roles, String orderBy, Class<T> type) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (text != null && !text.isBlank()) {
      where.append(
          " and (m.email like :text escape '!' or m.firstName like :text escape '!'"
              + " or m.lastName like :text escape '!'"
              + " or concat(m.firstName, ' ', m.lastName) like :text escape '!')");
      parameters.put("text", Likes.containing(text.strip()));
    }
    if (!roles.isEmpty()) {
      where.append(
          " and exists (select r.id from Membership r where r.subject = m.subject"
              + " and r.role in :roles)");
      parameters.put("roles", roles);
    }
    TypedQuery<T> query = em.createQuery(select + where + orderBy, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  /** The roles of each of these subjects. */
  public Map<String, Set<Role>> roles(Collection<String> subjects) {
    Map<String, Set<Role>> roles = new HashMap<>();
    if (!subjects.isEmpty()) {
      em.createQuery(
              "select r.subject, r.role from Membership r where r.subject in :subjects",
              Object[].class)
          .setParameter("subjects", subjects)
          .getResultList()
          .forEach(
              row ->
                  roles
                      .computeIfAbsent((String) row[0], s -> EnumSet.noneOf(Role.class))
                      .add((Role) row[1]));
    }
    return roles;
  }

  /** The members among these subjects (people no longer in the tenant are simply absent). */
  public List<Member> bySubjects(Collection<String> subjects) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select m from Member m where m.subject in :subjects", Member.class)
        .setParameter("subjects", subjects)
        .getResultList();
  }

  public Optional<Member> find(String id) {
    return Ids.isWellFormed(id) ? Optional.ofNullable(em.find(Member.class, id)) : Optional.empty();
  }

  public Optional<Member> bySubject(String subject) {
    return em.createQuery("select m from Member m where m.subject = :subject", Member.class)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  public Optional<Member> byEmail(String email) {
    return em.createQuery("select m from Member m where m.email = :email", Member.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  public List<Membership> memberships(String subject) {
    return em.createQuery("select r from Membership r where r.subject = :subject", Membership.class)
        .setParameter("subject", subject)
        .getResultList();
  }

  /** How many tenant admins there are, with their roles locked until the transaction ends. */
  public long lockedAdminCount() {
    return em.createQuery("select r from Membership r where r.role = :role", Membership.class)
        .setParameter("role", Role.TENANT_ADMIN)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .size();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public void lock(Object entity, LockModeType mode) {
    em.lock(entity, mode);
  }

  public void flush() {
    em.flush();
  }
}
