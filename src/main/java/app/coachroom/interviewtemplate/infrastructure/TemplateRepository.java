package app.coachroom.interviewtemplate.infrastructure;

import app.coachroom.identity.Caller;
import app.coachroom.interviewtemplate.domain.InterviewTemplate;
import app.coachroom.interviewtemplate.domain.TemplateVersion;
import app.coachroom.interviewtemplate.domain.VersionStatus;
import app.coachroom.shared.persistence.TenantRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Templates of the session's tenant (Hibernate's @TenantId filter); lookups by ID also compare the
 * row's tenant with the caller's.
 */
@ApplicationScoped
public class TemplateRepository {
  private static final String VISIBLE = " where (t.archivedAt is null or :all = true)";

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  public Optional<InterviewTemplate> find(String id) {
    return TenantRows.find(em, InterviewTemplate.class, id, caller.persistenceTenant());
  }

  public List<InterviewTemplate> page(int first, int size, boolean includeArchived) {
    return em.createQuery(
            "select t from InterviewTemplate t" + VISIBLE + " order by t.title, t.id",
            InterviewTemplate.class)
        .setParameter("all", includeArchived)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(boolean includeArchived) {
    return em.createQuery("select count(t) from InterviewTemplate t" + VISIBLE, Long.class)
        .setParameter("all", includeArchived)
        .getSingleResult();
  }

  /** The published versions of templates that are not archived, by title; at most {@code max}. */
  public List<TemplateVersion> publishedVersions(int max) {
    return em.createQuery(
            "select v from TemplateVersion v join fetch v.template where v.template.archivedAt is null"
                + " and v.status = :published order by v.title, v.id",
            TemplateVersion.class)
        .setParameter("published", VersionStatus.PUBLISHED)
        .setMaxResults(max)
        .getResultList();
  }

  /** The IDs of the questions these versions ask. */
  public List<String> questionIds(Collection<String> versionIds) {
    return em.createQuery(
            "select distinct i.questionId from TemplateItem i"
                + " where i.templateVersion.id in :versions",
            String.class)
        .setParameter("versions", versionIds)
        .getResultList();
  }

  /** A frozen (published or superseded) version with its items, or empty. */
  public Optional<TemplateVersion> frozenVersion(String versionId) {
    return em.createQuery(
            "select v from TemplateVersion v left join fetch v.items where v.id = :id"
                + " and v.status <> :draft",
            TemplateVersion.class)
        .setParameter("id", versionId)
        .setParameter("draft", VersionStatus.DRAFT)
        .getResultStream()
        .findFirst();
  }

  public void add(InterviewTemplate template) {
    em.persist(template);
    em.flush();
  }

  public void flush() {
    em.flush();
  }
}
