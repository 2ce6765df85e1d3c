package app.coachroom.identity;

import app.coachroom.shared.text.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The languages Coachroom ships its texts in: English (the base bundle {@code
 * app/coachroom/messages.properties}) and every language with a bundle of its own ({@code
 * messages_<language>.properties}, with every key of the base: a test checks). A second language is
 * a new bundle and nothing else.
 */
public final class Languages {
  /** Shipped languages, English first. */
  public static final List<Locale> SHIPPED =
      Stream.concat(
              Stream.of(Locale.ENGLISH),
              Arrays.stream(Locale.getISOLanguages())
                  .filter(language -> !language.equals("en"))
                  .sorted()
                  .map(Locale::forLanguageTag)
                  .filter(Texts::hasBundle))
          .toList();

  private Languages() {}

  /** The shipped language for a tag (a bootcamp's locale or a person's choice), else English. */
  public static Locale resolve(String tag) {
    if (tag == null || tag.isBlank()) {
      return SHIPPED.get(0);
    }
    String language = Locale.forLanguageTag(tag).getLanguage();
    return SHIPPED.stream()
        .filter(l -> l.getLanguage().equals(language))
        .findFirst()
        .orElse(SHIPPED.get(0));
  }

  /** Whether texts are shipped in exactly this language tag. */
  public static boolean isShipped(String tag) {
    return SHIPPED.stream().anyMatch(l -> l.toLanguageTag().equals(tag));
  }
}
