package app.coachroom.outbox;

import app.coachroom.outbox.application.Composed;
import app.coachroom.outbox.application.MailComposer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * A kind of mail for the outbox's own tests (deployed with the in-container tests only): sent to
 * {@code <recipient>@coachroom.test}; a recipient starting with "bad" gets an address the mail
 * library refuses, one starting with "skip" is not wanted any more.
 */
@ApplicationScoped
public class TestMail implements MailComposer {
  static final String KIND = "TEST_MAIL";

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public Composed compose(String kind, String recipient, String topicId) {
    if (recipient.startsWith("skip")) {
      return Composed.skip("Not wanted in this test");
    }
    String to = recipient.startsWith("bad") ? "two@@at.test" : recipient + "@coachroom.test";
    return Composed.mail(to, "Test " + topicId, "About " + topicId);
  }
}
