package app.coachroom.course.infrastructure;

import app.coachroom.course.domain.Course;
import app.coachroom.course.domain.CourseStatus;
import app.coachroom.identity.Caller;
import app.coachroom.shared.persistence.TenantRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Courses of the session's tenant (Hibernate's @TenantId filter); lookups by ID also compare the
 * row's tenant with the caller's.
 */
@ApplicationScoped
public class CourseRepository {
  private static final String VISIBLE = " where (c.archivedAt is null or :all = true)";

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  public Optional<Course> find(String id) {
    return TenantRows.find(em, Course.class, id, caller.persistenceTenant());
  }

  public List<Course> page(int first, int size, boolean includeArchived) {
    return em.createQuery(
            "select c from Course c" + VISIBLE + " order by c.title, c.id", Course.class)
        .setParameter("all", includeArchived)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(boolean includeArchived) {
    return em.createQuery("select count(c) from Course c" + VISIBLE, Long.class)
        .setParameter("all", includeArchived)
        .getSingleResult();
  }

  /** Published, active courses by title: what students may read. */
  public List<Course> published() {
    return em.createQuery(
            "select c from Course c where c.status = :published and c.archivedAt is null"
                + " order by c.title, c.id",
            Course.class)
        .setParameter("published", CourseStatus.PUBLISHED)
        .getResultList();
  }

  public void add(Course course) {
    em.persist(course);
    em.flush();
  }

  public void flush() {
    em.flush();
  }
}
