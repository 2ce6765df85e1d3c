package app.coachroom.questionbank.infrastructure;

import app.coachroom.identity.Caller;
import app.coachroom.questionbank.domain.Diagram;
import app.coachroom.questionbank.domain.DiagramView;
import app.coachroom.questionbank.domain.Question;
import app.coachroom.questionbank.domain.QuestionFilter;
import app.coachroom.shared.domain.Ids;
import app.coachroom.shared.persistence.Likes;
import app.coachroom.shared.persistence.TenantRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Questions of the session's tenant (Hibernate's @TenantId filter); lookups by ID also compare the
 * row's tenant with the caller's. Search filters and pages in SQL.
 */
@ApplicationScoped
public class QuestionRepository {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  public Optional<Question> find(String id) {
    return TenantRows.find(em, Question.class, id, caller.persistenceTenant());
  }

  /** The tenant's questions among these IDs (archived ones too); unknown IDs are left out. */
  public List<Question> withIds(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select q from Question q where q.id in :ids", Question.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public List<Question> page(QuestionFilter filter, int first, int size) {
    return query("select q from Question q", filter, " order by q.title, q.id", Question.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(QuestionFilter filter) {
    return query("select count(q) from Question q", filter, "", Long.class).getSingleResult();
  }

  /** The competency IDs the given questions are tagged with, per question ID, in one query. */
  public Map<String, List<String>> tags(Collection<String> questionIds) {
    Map<String, List<String>> byQuestion = new HashMap<>();
    if (questionIds.isEmpty()) {
      return byQuestion;
    }
    em.createQuery(
            "select t.question.id, t.competencyId from QuestionTag t"
                + " where t.question.id in :ids",
            Object[].class)
        .setParameter("ids", questionIds)
        .getResultList()
        .forEach(
            row ->
                byQuestion
                    .computeIfAbsent((String) row[0], id -> new ArrayList<>())
                    .add((String) row[1]));
    return byQuestion;
  }

  public void add(Question question) {
    em.persist(question);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  public void addDiagram(Diagram diagram) {
    em.persist(diagram);
  }

  /** A diagram of the tenant, with its bytes. */
  public Optional<Diagram> findDiagram(String id) {
    return TenantRows.find(em, Diagram.class, id, caller.persistenceTenant());
  }

  /** What a page shows about a diagram (name, type, size), without loading its bytes. */
  public Optional<DiagramView> diagramView(String id) {
    if (!Ids.isWellFormed(id)) {
      return Optional.empty();
    }
    return em.createQuery(
            "select new app.coachroom.questionbank.domain.DiagramView("
                + "d.id, d.fileName, d.mediaType, d.sizeBytes) from Diagram d"
                + " where d.id = :id and d.tenantId = :tenant",
            DiagramView.class)
        .setParameter("id", id)
        .setParameter("tenant", caller.persistenceTenant())
        .getResultStream()
        .findFirst();
  }

  private <T> TypedQuery<T> query(
      String select, QuestionFilter filter, String orderBy, Class<T> type) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (!filter.includeArchived()) {
      where.append(" and q.archivedAt is null");
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(" and (q.title like :text escape '!' or q.prompt like :text escape '!')");
      parameters.put("text", Likes.containing(filter.text().strip()));
    }
    if (filter.kind() != null) {
      where.append(" and q.kind = :kind");
      parameters.put("kind", filter.kind());
    }
    if (filter.stage() != null) {
      where.append(" and q.stage = :stage");
      parameters.put("stage", filter.stage());
    }
    if (filter.difficulty() != null) {
      where.append(" and q.difficulty = :difficulty");
      parameters.put("difficulty", filter.difficulty());
    }
    if (filter.competencyId() != null) {
      where.append(
          " and exists (select t from QuestionTag t where t.question = q"
              + " and t.competencyId = :competencyId)");
      parameters.put("competencyId", filter.competencyId());
    }
    TypedQuery<T> query = em.createQuery(select + where + orderBy, type);
    parameters.forEach(query::setParameter);
    return query;
  }
}
