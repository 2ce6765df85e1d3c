package app.coachroom.shared.web.rest;

import app.coachroom.shared.text.ReaderLocale;
import app.coachroom.shared.text.Texts;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The answers of a JSON API: never cached, UTF-8, failures as {@code {"message": …}}. */
public final class JsonAnswer {
  private static final Logger LOG = Logger.getLogger(JsonAnswer.class.getName());

  private JsonAnswer() {}

  /** 200 with the object. */
  public static Response ok(JsonObject json) {
    return of(200, json);
  }

  /** The status with the message of the key, for the page to show. */
  public static Response message(int status, String key, Object... args) {
    return of(status, Json.createObjectBuilder().add("message", text(key, args)).build());
  }

  private static Response of(int status, JsonObject json) {
    return Response.status(status)
        .entity(json.toString())
        .type("application/json;charset=UTF-8")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /** The text of a message key in the caller's language. */
  public static String text(String key, Object... args) {
    return Texts.format(callerLocale(), key, args);
  }

  // looked up, not injected: the runtimes create mappers and filters themselves
  private static Locale callerLocale() {
    try {
      return CDI.current().select(ReaderLocale.class).get().language();
    } catch (RuntimeException e) { // no request scope, or the person's choice cannot be read
      LOG.log(Level.FINE, "Answering in English: the caller's language is not known", e);
      return Locale.ENGLISH;
    }
  }
}
