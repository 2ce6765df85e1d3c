package app.coachroom.shared.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The answers of a JSON API: never cached, UTF-8, failures as {@code {"message": …}}. */
public final class JsonAnswer {
  private static final String BUNDLE = "app.coachroom.messages";

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

  /** The English text of a message key (the bundle's key itself when it has none). */
  public static String text(String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
  }
}
