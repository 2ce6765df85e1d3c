package app.coachroom.outbox.application;

import app.coachroom.outbox.application.OutboxDelivery.Claimed;
import app.coachroom.outbox.application.OutboxDelivery.Outcome;
import app.coachroom.shared.mail.AppMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the active bootcamp's due mail: claims a batch (one transaction), writes and sends each
 * mail with no transaction held open (mail servers are slow), records the outcomes (another
 * transaction), and goes on while full batches come back. Several servers may run it at once: each
 * message is claimed, and so sent, by one of them; a server that stops mid-way leaves claims that
 * are taken again once their lease runs out.
 */
@ApplicationScoped
public class OutboxSender {
  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

  /** Messages claimed at once. */
  static final int BATCH = 100;

  /** The most one pass takes per bootcamp, so a pass stays short; the next one goes on. */
  static final int CAP = 1000;

  @Inject OutboxDelivery delivery;
  @Inject AppMail mail;

  /** One pass; returns how many mails went out. */
  public int sendDue() {
    int sent = 0;
    int seen = 0;
    List<Claimed> batch;
    do {
      batch = delivery.claim(BATCH);
      Map<String, Outcome> outcomes = new LinkedHashMap<>();
      for (Claimed claimed : batch) {
        Outcome outcome = send(claimed);
        outcomes.put(claimed.id(), outcome);
        if (outcome.result() == Outcome.Result.SENT) {
          sent++;
        }
      }
      if (!outcomes.isEmpty()) {
        delivery.record(outcomes);
      }
      seen += batch.size();
    } while (batch.size() == BATCH && seen < CAP);
    return sent;
  }

  private Outcome send(Claimed claimed) {
    Composed composed;
    try {
      composed = delivery.compose(claimed);
    } catch (RuntimeException e) {
      // most often the database, for a moment: tried again like a mail server's refusal
      LOG.log(Level.WARNING, "Outbox message " + claimed.id() + " could not be written", e);
      return Outcome.failed("Could not be written: " + e, null);
    }
    if (composed.skipped()) {
      LOG.info(
          () ->
              "Outbox message "
                  + claimed.id()
                  + " ("
                  + claimed.kind()
                  + ") skipped: "
                  + composed.skipReason());
      return Outcome.skipped(composed.skipReason());
    }
    OutgoingMail m = composed.mail();
    Optional<String> error = mail.deliver(m.to(), m.subject(), m.text());
    return error
        .map(e -> Outcome.failed(e, m.subject()))
        .orElseGet(() -> Outcome.sent(m.subject()));
  }
}
