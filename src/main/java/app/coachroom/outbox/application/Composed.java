package app.coachroom.outbox.application;

/**
 * What a {@link MailComposer} made of an outbox message when its turn came: the mail to send, or
 * why it is not sent any more (kept for the tenant admin to read).
 */
public record Composed(OutgoingMail mail, String skipReason) {

  public static Composed mail(String to, String subject, String text) {
    return new Composed(new OutgoingMail(to, subject, text), null);
  }

  public static Composed skip(String reason) {
    return new Composed(null, reason);
  }

  public boolean skipped() {
    return mail == null;
  }
}
