package app.coachroom.outbox.application;

import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.identity.RequiresRole;
import app.coachroom.outbox.domain.OutboxMessage;
import app.coachroom.outbox.domain.OutboxStatus;
import app.coachroom.outbox.infrastructure.OutboxRepository;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.tenancy.application.People;
import app.coachroom.tenancy.application.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The active bootcamp's outgoing mail for its tenant admins: what was sent, what waits, what failed
 * and why; a message that failed for good can be sent again.
 */
@ApplicationScoped
@Transactional
@RequiresRole(TENANT_ADMIN)
public class MailLog {
  @Inject OutboxRepository messages;
  @Inject People people;
  @Inject Clock clock;

  /** How many messages are in each status. */
  public Map<OutboxStatus, Long> counts() {
    return messages.counts();
  }

  /** How many messages there are of one status (null: all). */
  public long count(OutboxStatus status) {
    Map<OutboxStatus, Long> counts = messages.counts();
    return status == null
        ? counts.values().stream().mapToLong(Long::longValue).sum()
        : counts.get(status);
  }

  /** A page of messages of one status (null: all), the latest change first. */
  public List<MailLogRow> page(OutboxStatus status, int first, int size) {
    List<OutboxMessage> page = messages.page(status, first, size);
    Map<String, Person> named = people.named(page.stream().map(OutboxMessage::recipient).toList());
    return page.stream().map(m -> row(m, named.get(m.recipient()))).toList();
  }

  /** Sends a message that failed for good again, with every try back. */
  public void retry(@NotNull String id) {
    OutboxMessage message = messages.find(id).orElseThrow(() -> new NotFoundException("mail", id));
    if (message.status() != OutboxStatus.FAILED) {
      throw new RuleViolationException(null, "outbox.retry.notFailed");
    }
    message.retry(clock.instant());
  }

  private MailLogRow row(OutboxMessage m, Person person) {
    String to =
        person == null
            ? m.recipient()
            : person.email() == null ? person.name() : person.name() + " <" + person.email() + ">";
    return new MailLogRow(
        m.id(),
        m.updatedAt(),
        m.kind(),
        m.mailSubject(),
        to,
        m.status(),
        m.tries(),
        m.lastError(),
        m.status() == OutboxStatus.PENDING ? m.notBefore() : null,
        m.sentAt());
  }
}
