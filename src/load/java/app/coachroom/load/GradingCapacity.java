package app.coachroom.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Coaches at work on a tenant with tens of thousands of handed-in attempts: {@code load.graders}
 * sessions of coach.demo (who coaches the demo cohort, where every past interview was handed in)
 * ask, back to back for {@code load.capacitySeconds}, for the grading queue (default filter: what
 * is still to grade, oldest first, with its count) and then for the review screen of a past attempt
 * picked at random (the first opening of an attempt begins its review).
 */
public class GradingCapacity extends Simulation {
  static final int GRADERS = Integer.getInteger("load.graders", 4);
  static final String COACH = "coach.demo";

  {
    int past = Integer.getInteger("load.pastInterviews", 70);
    int students = Integer.getInteger("load.students", 300);
    setUp(
            scenario("Grading, back to back")
                .feed(listFeeder(List.of(Map.<String, Object>of("username", COACH))).circular())
                .exec(Steps.signIn("/coachroom/index.xhtml"))
                .during(Duration.ofSeconds(HomePageCapacity.SECONDS))
                .on(
                    Steps.measured(
                            "grading queue",
                            Steps.get("grading queue", "/coachroom/grading/queue.xhtml")
                                .check(css(".queue-table").exists()))
                        .exec(
                            session ->
                                session.set(
                                    "attempt",
                                    LoadData.pastAttempt(
                                        1 + ThreadLocalRandom.current().nextInt(past),
                                        1 + ThreadLocalRandom.current().nextInt(students))))
                        .exec(
                            Steps.measured(
                                "review screen",
                                Steps.get(
                                        "review screen",
                                        "/coachroom/grading/grade.xhtml?attempt=#{attempt}")
                                    .check(css("#grade-layout").exists()))))
                .injectOpen(atOnceUsers(GRADERS)))
        .protocols(Steps.protocol());
  }
}
