package app.coachroom.shared.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one reader of Coachroom's message bundle ({@code app/coachroom/messages[_<tag>].properties}):
 * pages (through Faces' {@code msg}), page messages, the JSON API's messages and e-mails all take
 * their texts from here, in the reader's language.
 */
public final class Texts {
  public static final String BUNDLE = "app.coachroom.messages";

  // a language without a bundle falls back to the English base, never to the JVM's own language
  private static final ResourceBundle.Control NO_JVM_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Texts() {}

  /** The bundle for a locale: the most specific shipped bundle, else the English base. */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, NO_JVM_FALLBACK);
  }

  /**
   * The text of a key in the locale with its arguments filled in ({@link MessageFormat}); without
   * arguments the text as it stands. A key the bundle lacks comes back as itself (a test keeps the
   * keys written in the code and the pages in the bundle).
   */
  public static String format(Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** Whether a bundle exists for exactly this language (not only the English base). */
  public static boolean hasBundle(Locale language) {
    return bundle(language).getLocale().getLanguage().equals(language.getLanguage());
  }
}
