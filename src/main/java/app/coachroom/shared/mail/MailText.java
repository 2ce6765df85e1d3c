package app.coachroom.shared.mail;

import app.coachroom.shared.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The texts of the app's own e-mails, from the message bundle in the recipient's language, and
 * links into the app at its public address ({@code coachroom.public-url}; without it, mails carry
 * no links).
 */
@ApplicationScoped
public class MailText {
  @Inject
  @ConfigProperty(name = "coachroom.public-url")
  Optional<String> publicUrl;

  /** The message in the recipient's language with its arguments filled in. */
  public String format(Locale language, String key, Object... args) {
    return Texts.format(language, key, args);
  }

  /**
   * The message {@code key} with the app's address of {@code page} as its argument, or "" when the
   * public address is not configured.
   */
  public String link(Locale language, String key, String page) {
    return publicUrl
        .filter(url -> !url.isBlank())
        .map(url -> (url.endsWith("/") ? url : url + "/") + page)
        .map(url -> format(language, key, url))
        .orElse("");
  }
}
