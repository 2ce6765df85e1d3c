package app.coachroom.rubric.infrastructure;

import app.coachroom.identity.Caller;
import app.coachroom.rubric.domain.Rubric;
import app.coachroom.shared.persistence.TenantRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Rubrics of the session's tenant (Hibernate's @TenantId filter); lookups by ID also compare the
 * row's tenant with the caller's.
 */
@ApplicationScoped
public class RubricRepository {
  private static final String VISIBLE = " where (r.archivedAt is null or :all = true)";

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  public Optional<Rubric> find(String id) {
    return TenantRows.find(em, Rubric.class, id, caller.persistenceTenant());
  }

  /** The tenant's rubrics among these IDs (archived ones too); unknown IDs are left out. */
  public List<Rubric> withIds(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select r from Rubric r where r.id in :ids", Rubric.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** ID and title of every active rubric, by title, for choosing one. */
  public List<Object[]> activeTitles() {
    return em.createQuery(
            "select r.id, r.title from Rubric r where r.archivedAt is null order by r.title, r.id",
            Object[].class)
        .getResultList();
  }

  public List<Rubric> page(int first, int size, boolean includeArchived) {
    return em.createQuery(
            "select r from Rubric r" + VISIBLE + " order by r.title, r.id", Rubric.class)
        .setParameter("all", includeArchived)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(boolean includeArchived) {
    return em.createQuery("select count(r) from Rubric r" + VISIBLE, Long.class)
        .setParameter("all", includeArchived)
        .getSingleResult();
  }

  public void add(Rubric rubric) {
    em.persist(rubric);
    em.flush();
  }

  public void flush() {
    em.flush();
  }
}
