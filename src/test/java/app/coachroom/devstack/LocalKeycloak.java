package app.coachroom.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Keycloak from the Maven Central distribution, started in dev mode on 127.0.0.1:8180 with the
 * realm of deploy/keycloak imported. The realm is re-imported (H2 data wiped) whenever the JSON
 * changes, because Keycloak skips realms that already exist.
 */
final class LocalKeycloak implements AutoCloseable {
  static final int PORT = 8180;
  static final String REALM_URL = "http://127.0.0.1:" + PORT + "/realms/coachroom";
  private final Process process;

  private LocalKeycloak(Process process) {
    this.process = process;
  }

  static LocalKeycloak start(Path home, Path realmJson, Path logFile) throws Exception {
    if (isReady()) {
      System.out.println("[devstack] Keycloak already answers at " + REALM_URL + ", using it");
      return new LocalKeycloak(null);
    }
    importRealmFreshIfChanged(home, realmJson);
    ProcessBuilder builder =
        new ProcessBuilder(
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-host=127.0.0.1",
            "--http-port=" + PORT,
            // links in Keycloak's mail and its pages always name this address, also when the app's
            // admin calls arrive through the test relay on another port
            "--hostname=http://127.0.0.1:" + PORT,
            "--hostname-backchannel-dynamic=true",
            "--import-realm");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putIfAbsent("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    builder.redirectErrorStream(true).redirectOutput(logFile.toFile());
    home.resolve("bin/kc.sh").toFile().setExecutable(true);
    Process process = builder.start();
    LocalKeycloak keycloak = new LocalKeycloak(process);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (!isReady()) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        keycloak.close();
        throw new IllegalStateException("Keycloak did not start; see " + logFile);
      }
      Thread.sleep(500);
    }
    System.out.println("[devstack] Keycloak ready at " + REALM_URL + " (log: " + logFile + ")");
    return keycloak;
  }

  static boolean isReady() {
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(REALM_URL + "/.well-known/openid-configuration"))
              .timeout(Duration.ofSeconds(5))
              .build();
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void importRealmFreshIfChanged(Path home, Path realmJson) throws Exception {
    Path importDir = Files.createDirectories(home.resolve("data/import"));
    Path marker = home.resolve("data/.realm-sha256");
    byte[] json = Files.readAllBytes(realmJson);
    String hash =
        HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(json));
    if (!Files.exists(marker) || !Files.readString(marker).equals(hash)) {
      deleteTree(home.resolve("data/h2"));
      Files.copy(
          realmJson,
          importDir.resolve("coachroom-realm.json"),
          StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(marker, hash);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * Stops Keycloak and waits until it has exited. Without the wait, the next test session (Payara
   * after WildFly) found the dying Keycloak still answering, decided to use it, and lost it seconds
   * later (CI: readiness "keycloak DOWN" for the whole Payara pass).
   */
  @Override
  public void close() throws InterruptedException {
    if (process == null) {
      return;
    }
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : all) {
      try {
        handle.onExit().get(30, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        handle.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
