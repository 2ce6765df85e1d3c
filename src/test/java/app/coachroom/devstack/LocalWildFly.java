package app.coachroom.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** WildFly (already configured by deploy/wildfly/configure.sh) with the WAR deployed. */
public final class LocalWildFly implements AutoCloseable {
  private final Process process;
  private final Path home;

  private LocalWildFly(Process process, Path home) {
    this.process = process;
    this.home = home;
  }

  /**
   * Removes a coachroom.war left by a run that was killed, which would clash with the tests' own
   * deployment: in the deployment scanner's folder, or in the configuration (the tests deploy
   * through the management API, and a deployment still there when the server stops comes back at
   * its next start).
   */
  static void removeDeployment(Path home) throws IOException {
    Path deployments = home.resolve("standalone/deployments");
    for (String suffix :
        List.of("", ".deployed", ".failed", ".undeployed", ".isdeploying", ".pending")) {
      Files.deleteIfExists(deployments.resolve("coachroom.war" + suffix));
    }
    Path configuration = home.resolve("standalone/configuration/standalone.xml");
    if (Files.exists(configuration)) {
      String xml = Files.readString(configuration);
      String cleaned = xml.replaceAll("(?s)\\s*<deployments>.*?</deployments>", "");
      if (!cleaned.equals(xml)) {
        Files.writeString(configuration, cleaned);
      }
    }
  }

  public static LocalWildFly start(Path home, Path war, List<String> properties, Path logFile)
      throws Exception {
    Path deployments = home.resolve("standalone/deployments");
    removeDeployment(home);
    Files.copy(war, deployments.resolve("coachroom.war"), StandardCopyOption.REPLACE_EXISTING);
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/standalone.sh").toString());
    command.add("-c");
    command.add("standalone.xml");
    command.add("-b");
    command.add("127.0.0.1");
    command.add("-bmanagement");
    command.add("127.0.0.1");
    command.addAll(properties);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
    builder.redirectErrorStream(true).redirectOutput(logFile.toFile());
    Process process = builder.start();
    LocalWildFly wildfly = new LocalWildFly(process, home);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (true) {
      if (Files.exists(deployments.resolve("coachroom.war.deployed"))) {
        return wildfly;
      }
      if (Files.exists(deployments.resolve("coachroom.war.failed"))
          || !process.isAlive()
          || Instant.now().isAfter(deadline)) {
        wildfly.close();
        throw new IllegalStateException(
            "Coachroom did not deploy on WildFly; see " + logFile + failure(deployments));
      }
      Thread.sleep(500);
    }
  }

  /** The server's JVM (standalone.sh starts it as a child), for jcmd. */
  public ProcessHandle jvm() {
    return process
        .descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("WildFly's JVM is not running"));
  }

  private static String failure(Path deployments) throws IOException {
    Path failed = deployments.resolve("coachroom.war.failed");
    return Files.exists(failed) ? "\n" + Files.readString(failed) : "";
  }

  @Override
  public void close() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    process.waitFor();
    try {
      removeDeployment(home);
    } catch (IOException e) {
      System.err.println("[devstack] could not remove the deployment: " + e);
    }
  }
}
