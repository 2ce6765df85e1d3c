package app.coachroom.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Payara's domain1 (already prepared by deploy/payara/dev-domain.sh) with the WAR deployed, for the
 * run command. The tests let Arquillian's managed Payara container start the domain instead.
 */
final class LocalPayara implements AutoCloseable {
  private final Path home;
  private final Path logFile;

  private LocalPayara(Path home, Path logFile) {
    this.home = home;
    this.logFile = logFile;
  }

  static LocalPayara start(Path home, Path war, List<String> properties, Path logFile)
      throws Exception {
    LocalPayara payara = new LocalPayara(home, logFile);
    payara.asadmin("start-domain", "domain1");
    try {
      payara.asadmin("create-system-properties", systemProperties(properties));
      payara.asadmin(
          "deploy",
          "--force=true",
          "--name",
          "coachroom",
          "--contextroot",
          "coachroom",
          war.toString());
    } catch (Exception e) {
      payara.close();
      throw new IllegalStateException(
          "Coachroom did not deploy on Payara; see " + payara.serverLog() + " and " + logFile, e);
    }
    return payara;
  }

  /**
   * The domain's JVM (ASMain), found by this Payara's home in its command line, read whole from
   * /proc (ProcessHandle.Info cuts Payara's long command line short).
   */
  ProcessHandle jvm() {
    String where = home.toAbsolutePath().normalize().toString();
    return ProcessHandle.allProcesses()
        .filter(
            p -> {
              try {
                String line =
                    Files.readString(Path.of("/proc", String.valueOf(p.pid()), "cmdline"));
                return line.contains("com.sun.enterprise.glassfish.bootstrap.ASMain")
                    && line.contains(where);
              } catch (IOException | UncheckedIOException e) {
                return false;
              }
            })
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No Payara domain JVM under " + where));
  }

  Path serverLog() {
    return home.resolve("glassfish/domains/domain1/logs/server.log");
  }

  private void asadmin(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/asadmin").toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("AS_JAVA", System.getProperty("java.home"));
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("asadmin " + arguments[0] + " did not finish in 5 minutes");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "asadmin " + arguments[0] + " failed (exit " + process.exitValue() + "); see " + logFile);
    }
  }

  /**
   * The -Dname=value arguments as the operand of asadmin create-system-properties:
   * name=value:name=value, with ':' and '=' inside names and values escaped.
   */
  static String systemProperties(List<String> arguments) {
    return arguments.stream()
        .map(a -> a.substring(2)) // -D
        .map(
            p -> {
              int eq = p.indexOf('=');
              return escape(p.substring(0, eq)) + "=" + escape(p.substring(eq + 1));
            })
        .collect(Collectors.joining(":"));
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
  }

  @Override
  public void close() throws Exception {
    try {
      asadmin("undeploy", "coachroom");
    } catch (IllegalStateException e) {
      System.err.println("[devstack] " + e.getMessage());
    }
    asadmin("stop-domain", "domain1");
  }
}
