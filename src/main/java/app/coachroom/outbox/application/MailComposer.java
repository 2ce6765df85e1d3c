package app.coachroom.outbox.application;

import java.util.Set;

/**
 * Writes the e-mails of some kinds of outbox message when they go out, so a mail says what is true
 * then (the due time after an extension, the title after a rename) and is skipped when it is not
 * wanted any more. Implemented by the feature that writes those messages; called inside the
 * message's tenant, acting as the system, in the transaction that claims it.
 */
public interface MailComposer {
  /** The message kinds it composes. */
  Set<String> kinds();

  /** The mail about {@code topicId} for {@code recipient} (a person's subject), or why none. */
  Composed compose(String kind, String recipient, String topicId);
}
