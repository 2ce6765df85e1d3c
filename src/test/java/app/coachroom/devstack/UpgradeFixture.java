package app.coachroom.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.Flyway;

/**
 * Brings an empty test database to schema V22 and fills it with a bootcamp's mail as V22 left it
 * (src/test/upgrade/v22-mail.sql), before the server deploys and migrates the rest: the upgrade
 * MailUpgradeIT checks. .ci/run does the same for its external database with mvn flyway:migrate.
 */
final class UpgradeFixture {
  static final String VERSION = "22";

  private UpgradeFixture() {}

  static void load(Database db, Path basedir) throws IOException, SQLException {
    Flyway.configure()
        .dataSource(db.url(), db.user(), db.password())
        .locations("filesystem:" + basedir.resolve("db"))
        .target(VERSION)
        .load()
        .migrate();
    String script =
        Files.readString(basedir.resolve("src/test/upgrade/v22-mail.sql"), StandardCharsets.UTF_8);
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        Statement s = c.createStatement()) {
      for (String statement : statements(script)) {
        s.execute(statement);
      }
    }
    System.out.println("[devstack] database at V" + VERSION + " with the upgrade fixture");
  }

  /** The script's statements: each ends with a semicolon at the end of a line; comments dropped. */
  static String[] statements(String script) {
    String withoutComments = script.replaceAll("(?m)^--.*$", "");
    return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }
}
