package app.coachroom.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database and Keycloak that WildFly needs, plus the system properties that point WildFly at
 * them. One per JVM: the run command and the integration-test session each start one.
 */
public final class Stack implements AutoCloseable {
  /** The dev realm's client secret (deploy/keycloak/coachroom-realm.json); dev only. */
  static final String DEV_CLIENT_SECRET = "coachroom-dev-secret";

  /** The dev realm's service-account client secret (coachroom-admin); dev only. */
  static final String DEV_ADMIN_CLIENT_SECRET = "coachroom-admin-dev-secret";

  private static final Pattern JDBC_HOST_PORT =
      Pattern.compile("jdbc:mysql://([^:/?]+):(\\d+)(/.*)");

  private final EmbeddedDatabase database;
  private final LocalKeycloak keycloak;
  private final Matcher target;
  private TcpProxy databaseRelay;

  /**
   * WildFly reaches the database through a loopback relay, so tests can cut the connection
   * (database down) and restore it on the same port (database back).
   */
  private Stack(EmbeddedDatabase database, LocalKeycloak keycloak) throws IOException {
    this.database = database;
    this.keycloak = keycloak;
    this.target = JDBC_HOST_PORT.matcher(database.database().url());
    if (!target.matches()) {
      throw new IllegalArgumentException(
          "Expected jdbc:mysql://host:port/..., got " + database.database().url());
    }
    this.databaseRelay = TcpProxy.to(target.group(1), Integer.parseInt(target.group(2)), 0);
  }

  /** Makes the database unreachable for the application server. */
  public synchronized void cutDatabase() {
    databaseRelay.close();
  }

  /** Makes the database reachable again, at the address the server already uses. */
  public synchronized void restoreDatabase() throws IOException {
    int port = databaseRelay.port();
    databaseRelay.close();
    databaseRelay = TcpProxy.to(target.group(1), Integer.parseInt(target.group(2)), port);
  }

  /** Starts the database (in dataDir unless external) and Keycloak. */
  public static Stack start(Path dataDir) throws Exception {
    Path target = Settings.path("coachroom.target");
    Path realm = Settings.path("coachroom.basedir").resolve("deploy/keycloak/coachroom-realm.json");
    Files.createDirectories(dataDir);
    EmbeddedDatabase database = EmbeddedDatabase.startOrUseConfigured(dataDir.resolve("mariadb"));
    try {
      LocalKeycloak keycloak =
          LocalKeycloak.start(
              Settings.path("keycloak.home"), realm, target.resolve("keycloak.log"));
      return new Stack(database, keycloak);
    } catch (Exception e) {
      database.close();
      throw e;
    }
  }

  /** The database as the application server sees it (through the relay). */
  public Database database() {
    Database real = database.database();
    String url = "jdbc:mysql://127.0.0.1:" + databaseRelay.port() + target.group(3);
    return new Database(url, real.user(), real.password(), real.embedded());
  }

  /** -D arguments for WildFly: datasource, OIDC client secret, demo seed. */
  public List<String> serverProperties() {
    List<String> args = new ArrayList<>();
    args.add("-Dcoachroom.db.url=" + database().url());
    args.add("-Dcoachroom.db.user=" + database().user());
    args.add("-Dcoachroom.db.password=" + database().password());
    args.add("-Dcoachroom.oidc.client-secret=" + DEV_CLIENT_SECRET);
    args.add("-Dcoachroom.keycloak.admin.client-secret=" + DEV_ADMIN_CLIENT_SECRET);
    args.add("-Dcoachroom.demo-seed=true");
    return args;
  }

  @Override
  public void close() throws Exception {
    databaseRelay.close();
    keycloak.close();
    database.close();
  }
}
