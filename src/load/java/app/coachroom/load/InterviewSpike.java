package app.coachroom.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The interview-start spike and autosave storm: every load student signs in (spread over {@code
 * load.loginSeconds}, so Keycloak's password hashing stays out of the measured minute), then all of
 * them start the same timed interview within {@code load.startSeconds}, move past the first
 * question, end the second one's preparation early and type its answer, autosaved every 4 to 6
 * seconds ({@code load.saves} times), and move on to the third question.
 */
public class InterviewSpike extends Simulation {
  private static final int STUDENTS = Integer.getInteger("load.students", 300);
  private static final int LOGIN_SECONDS = Integer.getInteger("load.loginSeconds", 120);
  private static final int START_SECONDS = Integer.getInteger("load.startSeconds", 60);
  private static final int SAVES = Integer.getInteger("load.saves", 36);
  private static final String ASSIGNMENT = System.getProperty("load.assignment");

  /** When the start minute begins, in System.currentTimeMillis() terms. */
  private final long startWindow = System.currentTimeMillis() + (LOGIN_SECONDS + 10) * 1000L;

  {
    if (ASSIGNMENT == null) {
      throw new IllegalStateException("Set load.assignment to the practice interview's id");
    }
    ChainBuilder takeQuestion =
        Steps.measured(
            "take page",
            Steps.get("take page", "/coachroom/attempt/take.xhtml?attempt=#{attempt}")
                .check(
                    css("[data-attempt]", "data-position").is(session -> session.getString("at"))));
    ScenarioBuilder students =
        scenario("Start spike and autosave storm")
            .feed(Steps.students(1, STUDENTS))
            .exec(Steps.signIn("/coachroom/assignment/dashboard.xhtml"))
            // each student's own moment in the start minute, in the order they signed in
            .pause(
                session -> {
                  long at =
                      startWindow + (session.getInt("n") - 1L) * START_SECONDS * 1000 / STUDENTS;
                  return Duration.ofMillis(Math.max(0, at - System.currentTimeMillis()));
                })
            .exec(
                Steps.measured(
                    "start page",
                    Steps.get(
                            "start page", "/coachroom/attempt/start.xhtml?assignment=" + ASSIGNMENT)
                        .check(form("#start").saveAs("startForm"))
                        .check(css("#start", "action").saveAs("startAction"))))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(
                Steps.measured(
                    "start",
                    Steps.post("start", "#{startAction}")
                        .form("#{startForm}")
                        .formParam("start:begin", "")
                        .disableFollowRedirect()
                        .check(status().is(302))
                        .check(
                            header("Location")
                                .transform(l -> l.replaceFirst(".*[?&]attempt=([^&]+).*", "$1"))
                                .saveAs("attempt"))))
            .exec(session -> session.set("at", "0"))
            .exec(takeQuestion)
            .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
            .exec(Steps.api("move on", "next/0", "{}"))
            .exec(session -> session.set("at", "1"))
            .exec(takeQuestion)
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(Steps.api("start answering", "answering/1", "{}"))
            .repeat(SAVES)
            .on(
                pause(Duration.ofSeconds(4), Duration.ofSeconds(6))
                    .exec(Steps.autosave("autosave", 1)))
            .exec(Steps.api("move on", "next/1", "{}"))
            .exec(session -> session.set("at", String.valueOf(Steps.CAPACITY_POSITION)))
            .exec(takeQuestion)
            .exec(
                session -> {
                  Steps.ATTEMPTS.put(session.getString("username"), session.getString("attempt"));
                  return session;
                });
    setUp(students.injectOpen(rampUsers(STUDENTS).during(Duration.ofSeconds(LOGIN_SECONDS))))
        .protocols(Steps.protocol());
  }
}
