package app.coachroom.outbox.infrastructure;

import app.coachroom.outbox.domain.OutboxMessage;
import app.coachroom.outbox.domain.OutboxStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The active bootcamp's outbox messages. */
@ApplicationScoped
public class OutboxRepository {
  /** Hibernate's lock timeout for SKIP LOCKED (MySQL 8 and MariaDB 10.6+). */
  private static final int SKIP_LOCKED = -2;

  @PersistenceContext EntityManager em;

  public void add(OutboxMessage message) {
    em.persist(message);
  }

  public void flush() {
    em.flush();
  }

  public Optional<OutboxMessage> find(String id) {
    return Optional.ofNullable(em.find(OutboxMessage.class, id));
  }

  public List<OutboxMessage> byKeys(Collection<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select m from OutboxMessage m where m.dedupKey in :keys", OutboxMessage.class)
        .setParameter("keys", keys)
        .getResultList();
  }

  public List<OutboxMessage> byIds(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select m from OutboxMessage m where m.id in :ids", OutboxMessage.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /**
   * Up to {@code max} messages a server may take now (due, or claimed under a lease that ran out),
   * oldest first, locked until the transaction ends; rows another server has locked are skipped
   * rather than waited for, so servers sweeping at once share the work.
   */
  public List<OutboxMessage> claimable(Instant now, int max) {
    return em.createQuery(
            "select m from OutboxMessage m"
                + " where (m.status = :pending and m.notBefore <= :now)"
                + " or (m.status = :sending and m.leaseUntil < :now)"
                + " order by m.notBefore, m.id",
            OutboxMessage.class)
        .setParameter("pending", OutboxStatus.PENDING)
        .setParameter("sending", OutboxStatus.SENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
        .getResultList();
  }

  /** A page of messages, newest first, of one status or (null) all. */
  public List<OutboxMessage> page(OutboxStatus status, int first, int size) {
    TypedQuery<OutboxMessage> query =
        em.createQuery(
            "select m from OutboxMessage m"
                + (status == null ? "" : " where m.status = :status")
                + " order by m.updatedAt desc, m.id",
            OutboxMessage.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  /** How many messages there are in each status. */
  public Map<OutboxStatus, Long> counts() {
    Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
    for (OutboxStatus status : OutboxStatus.values()) {
      counts.put(status, 0L);
    }
    em.createQuery(
            "select m.status, count(m) from OutboxMessage m group by m.status", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((OutboxStatus) row[0], (Long) row[1]));
    return counts;
  }
}
