package app.coachroom.competency.infrastructure;

import app.coachroom.competency.domain.Competency;
import app.coachroom.identity.Caller;
import app.coachroom.shared.domain.Ids;
import app.coachroom.shared.persistence.TenantRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Competencies of the session's tenant (Hibernate's @TenantId filter); lookups by ID also compare
 * the row's tenant with the caller's.
 */
@ApplicationScoped
public class CompetencyRepository {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  public Optional<Competency> find(String id) {
    return TenantRows.find(em, Competency.class, id, caller.persistenceTenant());
  }

  /** All of them, by kind then name: a tenant has tens, not thousands. */
  public List<Competency> all(boolean includeArchived) {
    return em.createQuery(
            "select c from Competency c where (c.archivedAt is null or :all = true)"
                + " order by c.kind, c.name",
            Competency.class)
        .setParameter("all", includeArchived)
        .getResultList();
  }

  /** Those of the given IDs that exist in this tenant. */
  public List<Competency> withIds(Collection<String> ids) {
    List<String> wellFormed = ids.stream().filter(Ids::isWellFormed).distinct().toList();
    if (wellFormed.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select c from Competency c where c.id in :ids", Competency.class)
        .setParameter("ids", wellFormed)
        .getResultList();
  }

  /** Same-name check as the database does it (case-insensitive collation). */
  public boolean nameTaken(String name, String exceptId) {
    return em.createQuery(
                "select count(c) from Competency c where c.name = :name"
                    + " and (:exceptId is null or c.id <> :exceptId)",
                Long.class)
            .setParameter("name", name)
            .setParameter("exceptId", exceptId)
            .getSingleResult()
        > 0;
  }

  public void add(Competency competency) {
    em.persist(competency);
    em.flush();
  }

  public void flush() {
    em.flush();
  }
}
