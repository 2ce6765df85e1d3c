package app.coachroom.outbox;

import app.coachroom.outbox.application.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Writes test mail into the outbox in a transaction of its own, as a feature's work would. */
@ApplicationScoped
@Transactional
public class OutboxWriter {
  @Inject Outbox outbox;

  public int add(String recipient, String topic) {
    return outbox.addNew(
        List.of(new Outbox.Entry(TestMail.KIND, "test:" + recipient, recipient, topic)));
  }
}
