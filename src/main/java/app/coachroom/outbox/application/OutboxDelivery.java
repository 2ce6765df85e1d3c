package app.coachroom.outbox.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.identity.RequiresRole;
import app.coachroom.outbox.domain.OutboxMessage;
import app.coachroom.outbox.infrastructure.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The steps of sending the active bootcamp's mail: {@link #claim} takes the messages due now under
 * a lease (one transaction), {@link #compose} writes one (a message that cannot be written fails
 * alone), {@link #record} notes how each went (another transaction). The mail itself goes out
 * between them, outside any transaction.
 */
@ApplicationScoped
@RequiresRole({TENANT_ADMIN, COACH})
public class OutboxDelivery {
  /** How long a server has a claimed message before another may take it (it stopped, say). */
  public static final Duration LEASE = Duration.ofMinutes(10);

  @Inject OutboxRepository messages;
  @Inject @Any Instance<MailComposer> composers;
  @Inject Clock clock;

  /** A claimed message: what to write, for whom, about what. */
  public record Claimed(String id, String kind, String recipient, String topicId) {}

  /**
   * How sending one message went: sent, failed (with the error) or skipped (with the reason); the
   * subject line of the mail when it was written.
   */
  public record Outcome(Result result, String note, String subject) {
    public enum Result {
      SENT,
      FAILED,
      SKIPPED
    }

    public static Outcome sent(String subject) {
      return new Outcome(Result.SENT, null, subject);
    }

    public static Outcome failed(String error, String subject) {
      return new Outcome(Result.FAILED, error, subject);
    }

    public static Outcome skipped(String reason) {
      return new Outcome(Result.SKIPPED, reason, null);
    }
  }

  /** Claims up to {@code max} messages due now (oldest first) under a lease. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Claimed> claim(int max) {
    Instant now = clock.instant();
    List<OutboxMessage> taken = messages.claimable(now, max);
    taken.forEach(m -> m.claim(now, LEASE));
    messages.flush();
    return taken.stream()
        .map(m -> new Claimed(m.id(), m.kind(), m.recipient(), m.topicId()))
        .toList();
  }

  /**
   * Writes a claimed message as it is to be sent now, or says why it is not wanted any more. In a
   * transaction of its own: reads outside one may reuse a persistence context opened earlier in the
   * same request for another bootcamp, and a job works through several. Composers look up with
   * methods that do not throw when they find nothing (that would spoil this transaction).
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Composed compose(Claimed message) {
    return composers.stream()
        .filter(c -> c.kinds().contains(message.kind()))
        .findFirst()
        .map(c -> c.compose(message.kind(), message.recipient(), message.topicId()))
        .orElseGet(() -> Composed.skip("No composer for mail of kind " + message.kind()));
  }

  /**
   * Notes how each claimed message went: sent; failed, to be tried again later or given up after
   * the last try; skipped. A message written again meanwhile stays due.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void record(Map<String, Outcome> outcomes) {
    Instant now = clock.instant();
    for (OutboxMessage message : messages.byIds(outcomes.keySet())) {
      Outcome outcome = outcomes.get(message.id());
      if (outcome.subject() != null) {
        message.written(outcome.subject());
      }
      switch (outcome.result()) {
        case SENT -> message.sent(now);
        case FAILED -> message.failed(now, outcome.note());
        case SKIPPED -> message.skipped(now, outcome.note());
      }
    }
    messages.flush();
  }
}
