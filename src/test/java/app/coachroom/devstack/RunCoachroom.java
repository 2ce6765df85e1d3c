package app.coachroom.devstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The run command (mvn -Prun): database, Keycloak and WildFly with Coachroom deployed, until
 * Ctrl+C. Data is kept in target/run-data between runs (mvn clean wipes it).
 */
public final class RunCoachroom {
  private RunCoachroom() {}

  public static void main(String[] args) throws Exception {
    Path target = Settings.path("coachroom.target");
    Stack stack = Stack.start(target.resolve("run-data"));
    LocalWildFly wildfly;
    try {
      wildfly =
          LocalWildFly.start(
              Settings.path("wildfly.home"),
              Settings.path("coachroom.war"),
              stack.serverProperties(),
              target.resolve("wildfly.log"));
    } catch (Exception e) {
      stack.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    wildfly.close();
                    stack.close();
                  } catch (Exception e) {
                    System.err.println("[devstack] shutdown: " + e);
                  }
                  stopped.countDown();
                }));
    System.out.println(banner(stack.database()));
    stopped.await();
  }

  private static String banner(Database database) {
    return String.join(
        "\n",
        "",
        "=================================================================",
        " Coachroom is running:  http://127.0.0.1:8080/coachroom/",
        "",
        " Demo users (dev-only realm, password for all: coachroom)",
        "   platform.admin   platform admin, no bootcamp",
        "   admin.demo       tenant admin of Demo Bootcamp",
        "   coach.demo       coach in Demo Bootcamp",
        "   student.demo     student in Demo Bootcamp",
        "   coach.second     coach in Second Bootcamp",
        "   student.second   student in Second Bootcamp",
        "   coach.both       coach in Demo, student in Second",
        "",
        " Keycloak admin:   http://127.0.0.1:8180/admin/  (admin / admin)",
        " Readiness:        http://127.0.0.1:9990/health/ready",
        " Database:         " + database.url() + (database.embedded() ? " (embedded)" : ""),
        " Logs:             target/wildfly.log, target/keycloak.log",
        " Stop with Ctrl+C.",
        "=================================================================");
  }
}
