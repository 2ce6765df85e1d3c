package app.coachroom.testing;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads what the test mail sink (GreenMail, IMAP on 127.0.0.1:3143) received for one address, from
 * inside the server: the sink makes an account per recipient, its password being the address.
 */
public final class Mailbox {
  private Mailbox() {}

  /**
   * The subjects of the mails to that address once there are at least {@code count} (mail goes out
   * after a commit, maybe from another thread), or what there is when the time is up.
   */
  public static List<String> awaitSubjects(String address, int count, Duration timeout)
      throws InterruptedException {
    Instant until = Instant.now().plus(timeout);
    List<String> subjects = subjects(address);
    while (subjects.size() < count && Instant.now().isBefore(until)) {
      Thread.sleep(200);
      subjects = subjects(address);
    }
    return subjects;
  }

  /** The subjects of every mail to that address, oldest first (none if it never got any). */
  public static List<String> subjects(String address) {
    return read(address, Message::getSubject);
  }

  /** The plain texts of every mail to that address, oldest first. */
  public static List<String> texts(String address) {
    return read(address, message -> String.valueOf(message.getContent()));
  }

  private interface Part {
    String of(Message message) throws MessagingException, IOException;
  }

  private static List<String> read(String address, Part part) {
    Properties properties = new Properties();
    properties.put("mail.imap.host", "127.0.0.1");
    properties.put("mail.imap.port", "3143");
    properties.put("mail.imap.connectiontimeout", "5000");
    properties.put("mail.imap.timeout", "10000");
    try {
      Store store = Session.getInstance(properties).getStore("imap");
      try {
        store.connect(address, address);
      } catch (jakarta.mail.AuthenticationFailedException e) {
        return List.of();
      }
      try {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        List<String> parts = new ArrayList<>();
        for (Message message : inbox.getMessages()) {
          parts.add(part.of(message));
        }
        inbox.close(false);
        return parts;
      } finally {
        store.close();
      }
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Could not read the mail sink for " + address, e);
    }
  }
}
