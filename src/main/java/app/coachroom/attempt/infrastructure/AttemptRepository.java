package app.coachroom.attempt.infrastructure;

import app.coachroom.attempt.domain.Answer;
import app.coachroom.attempt.domain.AnswerDiagram;
import app.coachroom.attempt.domain.Attempt;
import app.coachroom.attempt.domain.AttemptStatus;
import app.coachroom.attempt.domain.Recording;
import app.coachroom.attempt.domain.UploadedDiagram;
import app.coachroom.identity.Caller;
import app.coachroom.shared.domain.Ids;
import app.coachroom.shared.persistence.TenantRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Attempts and answers of the session's tenant. Everything that changes an attempt first locks its
 * row, so saves, moving on and submitting one attempt happen one after the other: an answer can
 * never change after its attempt was handed in.
 */
@ApplicationScoped
public class AttemptRepository {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  /** The attempt, locked for this transaction, if it is in the caller's tenant. */
  public Optional<Attempt> locked(String id) {
    if (!Ids.isWellFormed(id)) {
      return Optional.empty();
    }
    return em.createQuery("select a from Attempt a where a.id = :id", Attempt.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .filter(a -> a.tenantId().equals(caller.persistenceTenant()))
        .findFirst();
  }

  /** The attempt, not locked, if it is in the caller's tenant. */
  public Optional<Attempt> find(String id) {
    return TenantRows.find(em, Attempt.class, id, caller.persistenceTenant());
  }

  /** A student's attempts at one assignment, by number. */
  public List<Attempt> attempts(String assignmentId, String subject) {
    return em.createQuery(
            "select a from Attempt a where a.assignmentId = :assignment and a.subject = :subject"
                + " order by a.number",
            Attempt.class)
        .setParameter("assignment", assignmentId)
        .setParameter("subject", subject)
        .getResultList();
  }

  /** Every attempt at one assignment. */
  public List<Attempt> forAssignment(String assignmentId) {
    return em.createQuery(
            "select a from Attempt a where a.assignmentId = :assignment order by a.number",
            Attempt.class)
        .setParameter("assignment", assignmentId)
        .getResultList();
  }

  /** Who handed in an attempt at the assignment, or whose attempt's time ran out by {@code now}. */
  public Set<String> handedIn(String assignmentId, Instant now) {
    return new HashSet<>(
        em.createQuery(
                "select distinct a.subject from Attempt a where a.assignmentId = :assignment"
                    + " and (a.status = :submitted or a.endsAt <= :now)",
                String.class)
            .setParameter("assignment", assignmentId)
            .setParameter("submitted", AttemptStatus.SUBMITTED)
            .setParameter("now", now)
            .getResultList());
  }

  public List<Answer> answers(String attemptId) {
    return em.createQuery(
            "select a from Answer a where a.attemptId = :attempt order by a.position", Answer.class)
        .setParameter("attempt", attemptId)
        .getResultList();
  }

  /** Position and points of an attempt's answers that were scored automatically (no bodies). */
  public List<Object[]> autoPoints(String attemptId) {
    return em.createQuery(
            "select a.position, a.points from Answer a where a.attemptId = :attempt"
                + " and a.points is not null",
            Object[].class)
        .setParameter("attempt", attemptId)
        .getResultList();
  }

  public Optional<Answer> answer(String attemptId, int position) {
    return em.createQuery(
            "select a from Answer a where a.attemptId = :attempt and a.position = :position",
            Answer.class)
        .setParameter("attempt", attemptId)
        .setParameter("position", position)
        .getResultStream()
        .findFirst();
  }

  /** An assignment's title and result release, for an attempt's history. */
  public Object[] titleAndRelease(String assignmentId) {
    return em.createQuery(
            "select s.title, s.release from Assignment s where s.id = :id", Object[].class)
        .setParameter("id", assignmentId)
        .getSingleResult();
  }

  /** A student's attempts, newest first, each with its assignment's title and result release. */
  public List<Object[]> mine(String subject, int first, int size) {
    return em.createQuery(
            "select a, s.title, s.release from Attempt a join Assignment s on s.id = a.assignmentId"
                + " where a.subject = :subject order by a.startedAt desc, a.id",
            Object[].class)
        .setParameter("subject", subject)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long countMine(String subject) {
    return em.createQuery("select count(a) from Attempt a where a.subject = :subject", Long.class)
        .setParameter("subject", subject)
        .getSingleResult();
  }

  public Optional<Recording> recording(String attemptId, int position) {
    return em.createQuery(
            "select r from Recording r where r.attemptId = :attempt and r.position = :position",
            Recording.class)
        .setParameter("attempt", attemptId)
        .setParameter("position", position)
        .getResultStream()
        .findFirst();
  }

  /** The digest of a stored chunk, if it arrived. */
  public Optional<String> chunkDigest(String recordingId, int take, int seq) {
    return em.createQuery(
            "select c.sha256 from RecordingChunk c where c.recordingId = :recording"
                + " and c.take = :take and c.seq = :seq",
            String.class)
        .setParameter("recording", recordingId)
        .setParameter("take", take)
        .setParameter("seq", seq)
        .getResultStream()
        .findFirst();
  }

  /** The numbers of a take's stored chunks, in order. */
  public List<Integer> chunkNumbers(String recordingId, int take) {
    return em.createQuery(
            "select c.seq from RecordingChunk c where c.recordingId = :recording"
                + " and c.take = :take order by c.seq",
            Integer.class)
        .setParameter("recording", recordingId)
        .setParameter("take", take)
        .getResultList();
  }

  /** The IDs of a take's chunks, in order (their bytes are read one chunk at a time). */
  public List<String> chunkIds(String recordingId, int take) {
    return em.createQuery(
            "select c.id from RecordingChunk c where c.recordingId = :recording"
                + " and c.take = :take order by c.seq",
            String.class)
        .setParameter("recording", recordingId)
        .setParameter("take", take)
        .getResultList();
  }

  /** One chunk's bytes; the chunk is not kept in the persistence context. */
  public byte[] chunkData(String chunkId) {
    return em.createQuery("select c.data from RecordingChunk c where c.id = :id", byte[].class)
        .setParameter("id", chunkId)
        .getSingleResult();
  }

  /** Drops every chunk of a recording except the first {@code chunks} of take {@code keep}. */
  public void deleteChunksBut(String recordingId, int keep, int chunks) {
    em.createQuery(
            "delete from RecordingChunk c where c.recordingId = :recording"
                + " and c.tenantId = :tenant and (c.take <> :take or c.seq >= :chunks)")
        .setParameter("recording", recordingId)
        .setParameter("tenant", caller.persistenceTenant())
        .setParameter("take", keep)
        .setParameter("chunks", chunks)
        .executeUpdate();
  }

  /** The size of a take's stored chunks. */
  public long chunkBytes(String recordingId, int take) {
    Long sum =
        em.createQuery(
                "select sum(c.size) from RecordingChunk c where c.recordingId = :recording"
                    + " and c.take = :take",
                Long.class)
            .setParameter("recording", recordingId)
            .setParameter("take", take)
            .getSingleResult();
    return sum == null ? 0 : sum;
  }

  /** An attempt's recordings. */
  public List<Recording> recordings(String attemptId) {
    return em.createQuery("select r from Recording r where r.attemptId = :attempt", Recording.class)
        .setParameter("attempt", attemptId)
        .getResultList();
  }

  /** The diagram uploaded with the answer to one question, bytes and all. */
  public Optional<AnswerDiagram> answerDiagram(String attemptId, int position) {
    return em.createQuery(
            "select d from AnswerDiagram d where d.attemptId = :attempt and d.position = :position",
            AnswerDiagram.class)
        .setParameter("attempt", attemptId)
        .setParameter("position", position)
        .getResultStream()
        .findFirst();
  }

  /** What an attempt's uploaded diagrams are, without their bytes, by position. */
  public List<UploadedDiagram> uploadedDiagrams(String attemptId) {
    return em.createQuery(
            "select new app.coachroom.attempt.domain.UploadedDiagram(d.position, d.fileName,"
                + " d.mediaType, d.sizeBytes, d.sha256, d.uploadedAt)"
                + " from AnswerDiagram d where d.attemptId = :attempt order by d.position",
            UploadedDiagram.class)
        .setParameter("attempt", attemptId)
        .getResultList();
  }

  /** The IDs of a student's running attempts at one assignment (to lock them before reading). */
  public List<String> runningIds(String assignmentId, String subject) {
    return em.createQuery(
            "select a.id from Attempt a where a.assignmentId = :assignment"
                + " and a.subject = :subject and a.status = :running",
            String.class)
        .setParameter("assignment", assignmentId)
        .setParameter("subject", subject)
        .setParameter("running", AttemptStatus.IN_PROGRESS)
        .getResultList();
  }

  /**
   * Up to {@code max} attempts of the tenant in progress whose overall time ended by {@code now}.
   */
  public List<String> timeUpIds(Instant now, int max) {
    return em.createQuery(
            "select a.id from Attempt a where a.status = :running and a.endsAt <= :now"
                + " order by a.endsAt, a.id",
            String.class)
        .setParameter("running", AttemptStatus.IN_PROGRESS)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  public void add(Object row) {
    em.persist(row);
  }

  public void remove(Object row) {
    em.remove(row);
  }

  public void flush() {
    em.flush();
  }
}
