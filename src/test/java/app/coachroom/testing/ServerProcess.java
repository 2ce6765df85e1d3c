package app.coachroom.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application server's JVM as an operating-system process, for tests that kill it the hard way
 * ({@code kill -9}: no shutdown hooks, no flush, nothing) and start it again as its start script
 * would. WildFly's JVM is started again with its own command line; Payara's domain with {@code
 * asadmin start-domain}. Both redeploy what was deployed, from their own configuration.
 *
 * <p>Arquillian stops the server at the end of the run as usual; {@link #stopRestarted()} (called
 * by the test stack when the run ends) stops a restarted WildFly in case it is still alive.
 */
public final class ServerProcess {
  private static volatile Process restartedWildFly;

  private ServerProcess() {}

  /** Kills the server's JVM with SIGKILL and waits until it is gone; returns what was killed. */
  public static ProcessHandle killHard() throws InterruptedException {
    ProcessHandle jvm = jvm();
    List<String> command = commandLine(jvm);
    if (!jvm.destroyForcibly()) {
      throw new IllegalStateException("Could not kill " + jvm.pid());
    }
    try {
      jvm.onExit().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("The server JVM " + jvm.pid() + " did not die", e);
    }
    lastCommand = command;
    return jvm;
  }

  private static volatile List<String> lastCommand;

  /** Starts the server again after {@link #killHard()} and waits until the app is ready. */
  public static void restart(Duration timeout) throws IOException, InterruptedException {
    Path target = Path.of(System.getProperty("coachroom.target"));
    if (Server.current() == Server.WILDFLY) {
      if (lastCommand == null) {
        throw new IllegalStateException("Nothing was killed");
      }
      ProcessBuilder builder = new ProcessBuilder(lastCommand);
      builder.directory(new File(System.getProperty("wildfly.home")));
      builder.redirectErrorStream(true);
      builder.redirectOutput(target.resolve("wildfly-restarted.log").toFile());
      restartedWildFly = builder.start();
    } else {
      Path asadmin = Path.of(System.getProperty("payara.home"), "bin", "asadmin");
      Process start =
          new ProcessBuilder(asadmin.toString(), "start-domain", "domain1")
              .redirectErrorStream(true)
              .redirectOutput(target.resolve("payara-restarted.log").toFile())
              .start();
      if (!start.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || start.exitValue() != 0) {
        throw new IllegalStateException(
            "asadmin start-domain failed; see " + target.resolve("payara-restarted.log"));
      }
    }
    awaitReady(timeout);
  }

  /** Stops a WildFly this class started, if Arquillian's stop did not reach it. */
  public static void stopRestarted() throws InterruptedException {
    Process p = restartedWildFly;
    if (p != null && p.isAlive()) {
      p.destroy();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  /**
   * Readiness UP and the app deployed again: Payara's readiness is the server's and answers before
   * the app is back, so the app's home page must answer too (a redirect to Keycloak).
   */
  private static void awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest home =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/coachroom/index.xhtml")).build();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        var readiness = Server.current().checkReadiness();
        int app = http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (readiness.statusCode() == 200 && (app == 302 || app == 200)) {
          return;
        }
        last = "readiness " + readiness.statusCode() + ", home page " + app;
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The restarted server is not ready: " + last);
  }

  /** The server's JVM: WildFly's jboss-modules, or Payara's domain (ASMain). */
  private static ProcessHandle jvm() {
    boolean wildfly = Server.current() == Server.WILDFLY;
    Path home =
        Path.of(System.getProperty(wildfly ? "wildfly.home" : "payara.home"))
            .toAbsolutePath()
            .normalize();
    List<ProcessHandle> found = new ArrayList<>();
    ProcessHandle.allProcesses()
        .filter(
            p -> {
              List<String> args = arguments(p);
              return wildfly ? isWildFly(args, home) : isPayara(args, home);
            })
        .forEach(found::add);
    if (found.size() != 1) {
      throw new IllegalStateException(
          "Expected one server JVM under " + home + ", found " + found.size());
    }
    return found.get(0);
  }

  private static boolean isWildFly(List<String> args, Path home) {
    return args.stream()
        .filter(a -> a.startsWith("-Djboss.home.dir="))
        .anyMatch(
            a ->
                Path.of(a.substring("-Djboss.home.dir=".length()))
                    .toAbsolutePath()
                    .normalize()
                    .equals(home));
  }

  private static boolean isPayara(List<String> args, Path home) {
    return args.contains("com.sun.enterprise.glassfish.bootstrap.ASMain")
        && args.stream().anyMatch(a -> a.contains(home.toString()));
  }

  private static List<String> commandLine(ProcessHandle jvm) {
    List<String> command = new ArrayList<>();
    command.add(jvm.info().command().orElseThrow());
    command.addAll(arguments(jvm));
    return command;
  }

  /**
   * A process's arguments, whole: from /proc on Linux (ProcessHandle.Info cuts long command lines
   * such as Payara's), else what Info has.
   */
  private static List<String> arguments(ProcessHandle p) {
    Path cmdline = Path.of("/proc", String.valueOf(p.pid()), "cmdline");
    try {
      String[] parts = Files.readString(cmdline, StandardCharsets.UTF_8).split("\0");
      return parts.length <= 1 ? List.of() : List.of(parts).subList(1, parts.length);
    } catch (IOException e) {
      return p.info().arguments().map(List::of).orElse(List.of());
    }
  }
}
