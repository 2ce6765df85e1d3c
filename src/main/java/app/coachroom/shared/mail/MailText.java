package app.coachroom.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The texts of the app's own e-mails, from the message bundle, and links into the app at its public
 * address ({@code coachroom.public-url}; without it, mails carry no links).
 */
@ApplicationScoped
public class MailText {
  private static final String BUNDLE = "app.coachroom.messages";

  @Inject
  @ConfigProperty(name = "coachroom.public-url")
  Optional<String> publicUrl;

  /** The message with its arguments filled in. */
  public String format(String key, Object... args) {
    return MessageFormat.format(
        ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key), args);
  }

  /**
   * The message {@code key} with the app's address of {@code page} as its argument, or "" when the
   * public address is not configured.
   */
  public String link(String key, String page) {
    return publicUrl
        .filter(url -> !url.isBlank())
        .map(url -> (url.endsWith("/") ? url : url + "/") + page)
        .map(url -> format(key, url))
        .orElse("");
  }
}
