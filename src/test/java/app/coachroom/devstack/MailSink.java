package app.coachroom.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local SMTP server (GreenMail) on 127.0.0.1:3025 that keeps every mail instead of delivering it:
 * Keycloak's (set-password, verify-email) and the app's own. The run command saves each mail as an
 * .eml file and prints its links; tests read the mails directly. IMAP on 127.0.0.1:3143 lets a mail
 * client read them too (user and password: the recipient's address).
 */
public final class MailSink implements AutoCloseable {
  public static final int SMTP_PORT = 3025;
  public static final int IMAP_PORT = 3143;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

  private final GreenMail greenMail;
  private Thread saver;

  private MailSink(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  public static MailSink start() {
    GreenMail greenMail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    try {
      greenMail.start();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Could not start the mail sink on 127.0.0.1:"
              + SMTP_PORT
              + " and :"
              + IMAP_PORT
              + " (is another Coachroom run or test using them?)",
          e);
    }
    return new MailSink(greenMail);
  }

  /** Saves every mail that arrives as an .eml file in dir and prints where, with its links. */
  public void saveTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    saver =
        new Thread(
            () -> {
              int saved = 0;
              while (!Thread.currentThread().isInterrupted()) {
                MimeMessage[] all = greenMail.getReceivedMessages();
                for (; saved < all.length; saved++) {
                  save(dir, saved + 1, all[saved]);
                }
                try {
                  Thread.sleep(500);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "mail-sink-saver");
    saver.setDaemon(true);
    saver.start();
  }

  private static void save(Path dir, int number, MimeMessage mail) {
    try {
      String to =
          Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
              .map(Object::toString)
              .findFirst()
              .orElse("?");
      Path file =
          dir.resolve(
              String.format(
                  "%s-%03d-%s.eml",
                  STAMP.format(LocalDateTime.now()),
                  number,
                  to.replaceAll("[^A-Za-z0-9@._-]", "_")));
      try (OutputStream out = Files.newOutputStream(file)) {
        mail.writeTo(out);
      }
      StringBuilder line =
          new StringBuilder()
              .append("[mail] to ")
              .append(to)
              .append(": \"")
              .append(mail.getSubject())
              .append("\" saved as ")
              .append(file);
      for (String link : links(text(mail))) {
        line.append("\n[mail]   link: ").append(link);
      }
      System.out.println(line);
    } catch (IOException | MessagingException e) {
      System.err.println("[mail] could not save a mail: " + e);
    }
  }

  /** Every mail received so far, oldest first. */
  public List<MimeMessage> messages() {
    return List.of(greenMail.getReceivedMessages());
  }

  /** The newest mail to this address, waiting for it up to the timeout. */
  public Optional<MimeMessage> awaitMailTo(String address, Duration timeout)
      throws MessagingException, InterruptedException {
    Instant until = Instant.now().plus(timeout);
    do {
      List<MimeMessage> all = new ArrayList<>(messages());
      for (int i = all.size() - 1; i >= 0; i--) {
        for (var recipient : all.get(i).getAllRecipients()) {
          if (recipient.toString().equalsIgnoreCase(address)) {
            return Optional.of(all.get(i));
          }
        }
      }
      Thread.sleep(20);
    } while (Instant.now().isBefore(until));
    return Optional.empty();
  }

  /** The plain-text part of a mail (or its HTML part, or its body), for reading links. */
  public static String text(MimeMessage mail) throws MessagingException, IOException {
    Object content = mail.getContent();
    if (content instanceof Multipart multipart) {
      String fallback = "";
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType("text/plain")) {
          return part.getContent().toString();
        }
        fallback = part.getContent().toString();
      }
      return fallback;
    }
    return content.toString();
  }

  /** The links in a text, in order. */
  public static List<String> links(String text) {
    List<String> links = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      links.add(m.group());
    }
    return links;
  }

  @Override
  public void close() {
    if (saver != null) {
      saver.interrupt();
    }
    greenMail.stop();
  }
}
