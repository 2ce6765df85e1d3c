package app.coachroom.shared.text;

import java.util.Locale;

/**
 * The language of the person a request serves (their choice in the bootcamp, else the bootcamp's);
 * the identity kernel provides it, so shared code such as the JSON API's failure messages can
 * answer in it without knowing who the caller is.
 */
public interface ReaderLocale {
  Locale language();
}
