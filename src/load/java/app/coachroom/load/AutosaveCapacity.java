package app.coachroom.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The same students as {@link HomePageCapacity}, the same way, autosaving their running attempt's
 * current question back to back: each save is a real change based on the last revision.
 */
public class AutosaveCapacity extends Simulation {
  {
    setUp(
            scenario("Autosave, back to back")
                .feed(Steps.students(1, HomePageCapacity.CONCURRENCY))
                .exec(Steps.signIn("/coachroom/index.xhtml"))
                .exec(
                    session -> {
                      String attempt = Steps.ATTEMPTS.get(session.getString("username"));
                      if (attempt == null) {
                        throw new IllegalStateException(
                            "No running attempt for " + session.getString("username"));
                      }
                      return session.set("attempt", attempt);
                    })
                .during(Duration.ofSeconds(HomePageCapacity.SECONDS))
                .on(Steps.autosave("autosave, back to back", Steps.CAPACITY_POSITION))
                .injectOpen(atOnceUsers(HomePageCapacity.CONCURRENCY)))
        .protocols(Steps.protocol());
  }
}
