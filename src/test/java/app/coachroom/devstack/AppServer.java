package app.coachroom.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The app server that the run command and the load test start with Coachroom deployed: WildFly, or
 * Payara with -Dcoachroom.server=payara (the tests let Arquillian start theirs).
 */
public final class AppServer implements AutoCloseable {
  private final String name;
  private final AutoCloseable server;
  private final Supplier<ProcessHandle> jvm;
  private final String readiness;
  private final String log;

  private AppServer(
      String name,
      AutoCloseable server,
      Supplier<ProcessHandle> jvm,
      String readiness,
      String log) {
    this.name = name;
    this.server = server;
    this.jvm = jvm;
    this.readiness = readiness;
    this.log = log;
  }

  /**
   * Starts the chosen server with these system properties; its own log goes to {@code
   * <logPrefix>wildfly.log} or {@code <logPrefix>payara.log} in {@code logDir}.
   */
  public static AppServer start(List<String> properties, Path logDir, String logPrefix)
      throws Exception {
    if (Settings.get("coachroom.server").orElse("wildfly").equals("payara")) {
      Path asadminLog = logDir.resolve(logPrefix + "payara.log");
      LocalPayara payara =
          LocalPayara.start(
              Settings.path("payara.home"),
              Settings.path("coachroom.payara.war"),
              properties,
              asadminLog);
      return new AppServer(
          "Payara 6",
          payara,
          payara::jvm,
          "http://127.0.0.1:8080/health/ready",
          payara.serverLog() + " (asadmin: " + asadminLog + ")");
    }
    Path serverLog = logDir.resolve(logPrefix + "wildfly.log");
    LocalWildFly wildfly =
        LocalWildFly.start(
            Settings.path("wildfly.home"), Settings.path("coachroom.war"), properties, serverLog);
    return new AppServer(
        "WildFly 39",
        wildfly,
        wildfly::jvm,
        "http://127.0.0.1:9990/health/ready",
        serverLog.toString());
  }

  /** "WildFly 39" or "Payara 6". */
  public String name() {
    return name;
  }

  /** The server's JVM (for heap figures). */
  public ProcessHandle jvm() {
    return jvm.get();
  }

  public String readiness() {
    return readiness;
  }

  /** Where the server logs, for people to read. */
  public String log() {
    return log;
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
