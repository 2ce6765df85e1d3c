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
    boolean payara = Settings.get("coachroom.server").orElse("wildfly").equals("payara");
    Stack stack = Stack.start(target.resolve("run-data"));
    Path mailDir = target.resolve("run-data/mail");
    stack.mail().saveTo(mailDir);
    AutoCloseable server;
    String readiness;
    String serverLog;
    try {
      if (payara) {
        LocalPayara local =
            LocalPayara.start(
                Settings.path("payara.home"),
                Settings.path("coachroom.payara.war"),
                stack.serverProperties(),
                target.resolve("payara.log"));
        server = local;
        readiness = "http://127.0.0.1:8080/health/ready";
        serverLog = local.serverLog() + " (asadmin: target/payara.log)";
      } else {
        server =
            LocalWildFly.start(
                Settings.path("wildfly.home"),
                Settings.path("coachroom.war"),
                stack.serverProperties(),
                target.resolve("wildfly.log"));
        readiness = "http://127.0.0.1:9990/health/ready";
        serverLog = "target/wildfly.log";
      }
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
        banner(payara ? "Payara" : "WildFly", stack.database(), readiness, serverLog, mailDir));
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
        " Database:         " + database.url() + (database.embedded() ? " (embedded)" : ""),
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
