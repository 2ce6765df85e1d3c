package app.coachroom.identity;

import java.util.List;
import java.util.Locale;

/**
 * The languages Coachroom ships its texts in. Each has a bundle {@code
 * app/coachroom/messages[_<tag>].properties} with every key of the English base (a test checks); a
 * second language is a new bundle and a line here.
 */
public final class Languages {
  /** Shipped languages, the base first. */
  public static final List<Locale> SHIPPED = List.of(Locale.ENGLISH);

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
