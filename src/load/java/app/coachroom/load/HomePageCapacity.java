package app.coachroom.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The yardstick: {@code load.concurrency} signed-in students ask for the home page (a trivial Faces
 * page: the layout and a greeting) back to back for {@code load.capacitySeconds}.
 */
public class HomePageCapacity extends Simulation {
  static final int CONCURRENCY = Integer.getInteger("load.concurrency", 16);
  static final int SECONDS = Integer.getInteger("load.capacitySeconds", 30);

  {
    setUp(
            scenario("Home page, back to back")
                .feed(Steps.students(1, CONCURRENCY))
                .exec(Steps.signIn("/coachroom/index.xhtml"))
                .during(Duration.ofSeconds(SECONDS))
                .on(
                    Steps.measured(
                        "home page",
                        Steps.get("home page", "/coachroom/index.xhtml")
                            .check(css("#welcome").exists())))
                .injectOpen(atOnceUsers(CONCURRENCY)))
        .protocols(Steps.protocol());
  }
}
