package app.coachroom.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the app's own plain-text mail through the SMTP server named by the server's configuration
 * ({@code coachroom.mail.host}, {@code .port}, {@code .from}, optional {@code .user} and {@code
 * .password}, {@code .starttls}); without a host, the app sends no mail and says so. Keycloak's
 * mail (set-password links) is configured in the realm, not here.
 */
@ApplicationScoped
public class AppMail {
  private static final Logger LOG = Logger.getLogger(AppMail.class.getName());

  @Inject
  @ConfigProperty(name = "coachroom.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "coachroom.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "coachroom.mail.from", defaultValue = "noreply@coachroom.local")
  String from;

  @Inject
  @ConfigProperty(name = "coachroom.mail.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "coachroom.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "coachroom.mail.starttls", defaultValue = "false")
  boolean starttls;

  /** Whether the server names an SMTP host. */
  public boolean isConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /**
   * Sends a plain-text mail. Returns false (and logs why) when it could not be sent or mail is not
   * configured; never throws, since a notice is never worth undoing the work it reports.
   */
  public boolean send(String to, String subject, String text) {
    return deliver(to, subject, text).isEmpty();
  }

  /**
   * Sends a plain-text mail; returns why it could not be sent (also logged), or nothing when it
   * went out. Never throws.
   */
  public Optional<String> deliver(String to, String subject, String text) {
    if (!isConfigured()) {
      LOG.info("No mail sent to " + to + ": coachroom.mail.host is not set on this server");
      return Optional.of("coachroom.mail.host is not set on this server");
    }
    try {
      MimeMessage message = new MimeMessage(session());
      message.setFrom(new InternetAddress(from, "Coachroom", "UTF-8"));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
      message.setSubject(subject, "UTF-8");
      message.setText(text, "UTF-8");
      message.setSentDate(new Date());
      if (user.isPresent()) {
        Transport.send(message, user.get(), password.orElse(""));
      } else {
        Transport.send(message);
      }
      return Optional.empty();
    } catch (MessagingException | UnsupportedEncodingException e) {
      LOG.warning("Mail to " + to + " could not be sent: " + e);
      return Optional.of(e.toString());
    }
  }

  private Session session() {
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", host.orElseThrow());
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.writetimeout", "10000");
    properties.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
    properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
    properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
    return Session.getInstance(properties);
  }
}
