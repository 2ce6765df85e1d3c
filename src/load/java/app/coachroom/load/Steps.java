package app.coachroom.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a student's browser does, as Gatling steps: signing in through Keycloak's two login pages
 * (username, then password), and the take page's JSON calls (see attempt.js and AttemptApi).
 */
final class Steps {
  /** Each load student's running attempt, kept from the spike for the capacity runs. */
  static final Map<String, String> ATTEMPTS = new ConcurrentHashMap<>();

  /**
   * The position (0-based) the spike leaves every student on: the third question, coding, with 10
   * minutes.
   */
  static final int CAPACITY_POSITION = 2;

  private static final String API = "/coachroom/attempt/api/#{attempt}/";

  /** Names of requests answered by Keycloak (left out of the app's statements per request). */
  static final String KEYCLOAK_PREFIX = "sign-in";

  /** About what a student types in five seconds. */
  private static final String TYPING =
      "I would start with a test that posts a valid order and checks the 201 and the Location"
          + " header, then one per rule that can fail. ";

  private Steps() {}

  static HttpProtocolBuilder protocol() {
    return http.baseUrl("http://127.0.0.1:8080")
        .acceptLanguageHeader("en")
        .userAgentHeader("Coachroom load test (Gatling)")
        .disableCaching();
  }

  /** Load students {@code first..last} with their username, in order. */
  static FeederBuilder<Object> students(int first, int last) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (int n = first; n <= last; n++) {
      records.add(Map.of("n", n, "username", LoadData.username(n)));
    }
    return listFeeder(records).queue();
  }

  /**
   * Opens {@code landing}, which sends the browser to Keycloak, and signs in; ends on the landing
   * page, signed in.
   */
  static ChainBuilder signIn(String landing) {
    return measured(
            KEYCLOAK_PREFIX + ": page sent to Keycloak",
            get(KEYCLOAK_PREFIX + ": page sent to Keycloak", landing)
                .check(css("#kc-form-login", "action").saveAs("kcAction")))
        .exec(
            measured(
                KEYCLOAK_PREFIX + ": username",
                post(KEYCLOAK_PREFIX + ": username", "#{kcAction}")
                    .formParam("username", "#{username}")
                    .check(css("#kc-form-login", "action").saveAs("kcAction"))))
        .exec(
            measured(
                KEYCLOAK_PREFIX + ": password, back to the app",
                post(KEYCLOAK_PREFIX + ": password, back to the app", "#{kcAction}")
                    .formParam("password", LoadData.PASSWORD)
                    .formParam("credentialId", "")
                    .check(status().is(200))
                    .check(css("#kc-form-login").notExists())));
  }

  /** A GET whose response time the next step records. */
  static HttpRequestActionBuilder get(String name, String url) {
    return http(name).get(url).check(responseTimeInMillis().saveAs("rt"));
  }

  /** A POST whose response time the next step records. */
  static HttpRequestActionBuilder post(String name, String url) {
    return http(name).post(url).check(responseTimeInMillis().saveAs("rt"));
  }

  /**
   * The request, then its response time and outcome into {@link Latencies} (a request that failed
   * its checks counts as an error; one that got no answer has no time); a failed student stops.
   */
  static ChainBuilder measured(String name, HttpRequestActionBuilder request) {
    return exec(session -> session.remove("rt"))
        .exec(request)
        .exec(
            session -> {
              long millis = session.contains("rt") ? session.getInt("rt") : -1;
              Latencies.record(name, millis, !session.isFailed());
              return session;
            })
        // a student whose step failed stops there (counted as an error), like a stuck browser
        .exitHereIfFailed();
  }

  /** A POST of the take page's script: JSON body and the header the endpoint requires. */
  static ChainBuilder api(String name, String path, String json) {
    return measured(
        name,
        post(name, API + path)
            .header("X-Coachroom-Attempt", "1")
            .asJson()
            .body(StringBody(json))
            .check(status().is(200)));
  }

  /**
   * One autosave of a text answer at {@code position}: a little more text than last time, based on
   * the revision the last save returned; only SAVED counts as success.
   */
  static ChainBuilder autosave(String name, int position) {
    return measured(
        name,
        post(name, API + "answers/" + position)
            .header("X-Coachroom-Attempt", "1")
            .asJson()
            .body(StringBody(Steps::answer))
            .check(status().is(200))
            .check(jsonPath("$.outcome").is("SAVED"))
            .check(jsonPath("$.revision").ofInt().saveAs("revision")));
  }

  private static String answer(Session session) {
    int revision = session.contains("revision") ? session.getInt("revision") : 0;
    StringBuilder text = new StringBuilder();
    // grows like typing, up to about 5 KB (the capacity runs save hundreds of times)
    for (int i = 0; i <= Math.min(revision, 40); i++) {
      text.append(TYPING);
    }
    text.append("(save ").append(revision + 1).append(')');
    return "{\"basedOn\":" + revision + ",\"text\":\"" + text + "\"}";
  }
}
