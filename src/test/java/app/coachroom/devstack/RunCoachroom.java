package app.coachroom.devstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The run command (mvn -Prun): database, Keycloak and WildFly (or Payara, with
 * -Dcoachroom.server=payara) with Coachroom deployed, until Ctrl+C. Data is kept in target/run-data
 * between runs (mvn clean wipes it).
 */
public final class RunCoachroom {
  private RunCoachroom() {}

  public static void main(String[] args) throws Exception {
    Path target = Settings.path("coachroom.target");
    Stack stack = Stack.start(target.resolve("run-data"));
    Path mailDir = target.resolve("run-data/mail");
    stack.mail().saveTo(mailDir);
    AppServer server;
    try {
      server = AppServer.start(stack.serverProperties(), target, "");
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
                    server.close();
                    stack.close();
                  } catch (Exception e) {
                    System.err.println("[devstack] shutdown: " + e);
                  }
                  stopped.countDown();
                }));
    System.out.println(
        banner(server.name(), stack.database(), server.readiness(), server.log(), mailDir));
    stopped.await();
  }

  private static String banner(
      String serverName, Database database, String readiness, String serverLog, Path mailDir) {
    return String.join(
        "\n",
        "",
        "=================================================================",
        " Coachroom is running on " + serverName + ":  http://127.0.0.1:8080/coachroom/",
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
        " Readiness:        " + readiness,
        " Database:         "
            + database.url()
            + (database.embedded()
                ? " (embedded MySQL " + EmbeddedDatabase.VERSION + ", user coachroom)"
                : ""),
        " Logs:             " + serverLog + ", target/keycloak.log",
        " Mail:             nothing is delivered; every mail (invitations, set-password links) is",
        "                   printed here as \"[mail] ...\" with its links and saved in",
        "                   "
            + mailDir
            + " (IMAP 127.0.0.1:"
            + MailSink.IMAP_PORT
            + ", login = address)",
        " Stop with Ctrl+C.",
        "=================================================================");
  }
}
