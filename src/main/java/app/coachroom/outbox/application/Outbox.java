package app.coachroom.outbox.application;

import app.coachroom.outbox.domain.OutboxMessage;
import app.coachroom.outbox.infrastructure.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where features put the e-mails their work causes, in the transaction of that work (so work that
 * rolls back e-mails nobody). Each message has a key unique in its bootcamp: the same key is never
 * written twice.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class Outbox {
  @Inject OutboxRepository messages;
  @Inject Clock clock;

  /** One message to write: its kind, its unique key, to whom (subject) and about what. */
  public record Entry(String kind, String key, String recipient, String topicId) {}

  /** Writes the entries whose key is new; leaves the others as they are. Returns how many. */
  public int addNew(Collection<Entry> entries) {
    return write(entries, false);
  }

  /**
   * Writes the entries, and makes those whose key exists due again with every try back (the work
   * was done again: results released again after being taken back).
   */
  public void addOrRenew(Collection<Entry> entries) {
    write(entries, true);
  }

  /** Writes the entries whose key is new, renews the others if asked; returns how many are new. */
  private int write(Collection<Entry> entries, boolean renew) {
    Map<String, OutboxMessage> existing =
        messages.byKeys(entries.stream().map(Entry::key).toList()).stream()
            .collect(Collectors.toMap(OutboxMessage::key, Function.identity()));
    Instant now = clock.instant();
    int added = 0;
    for (Entry entry : entries) {
      OutboxMessage message = existing.get(entry.key());
      if (message == null) {
        messages.add(
            new OutboxMessage(entry.kind(), entry.key(), entry.recipient(), entry.topicId(), now));
        added++;
      } else if (renew) {
        message.renew(now);
      }
    }
    messages.flush();
    return added;
  }
}
