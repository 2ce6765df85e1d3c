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
  private final MailSink mail;
  private final Matcher target;
  private TcpProxy databaseRelay;
  private TcpProxy keycloakAdminRelay;

  /**
   * WildFly reaches the database through a loopback relay, so tests can cut the connection
   * (database down) and restore it on the same port (database back).
   */
  private Stack(EmbeddedDatabase database, LocalKeycloak keycloak, MailSink mail)
      throws IOException {
    this.database = database;
    this.keycloak = keycloak;
    this.mail = mail;
    this.target = JDBC_HOST_PORT.matcher(database.database().url());
    if (!target.matches()) {
      throw new IllegalArgumentException(
          "Expected jdbc:mysql://host:port/..., got " + database.database().url());
    }
    this.databaseRelay = TcpProxy.to(target.group(1), Integer.parseInt(target.group(2)), 0);
    this.keycloakAdminRelay = TcpProxy.to("127.0.0.1", LocalKeycloak.PORT, 0);
  }

  /**
   * Makes Keycloak unreachable for the app's administration calls from the nth call whose request
   * contains the marker on (that call fails without reaching Keycloak).
   */
  public synchronized void cutKeycloakAdminOnNth(String marker, int nth) {
    keycloakAdminRelay.cutOnNth(marker, nth);
  }

  /** Makes Keycloak's admin API reachable again, at the address the server already uses. */
  public synchronized void restoreKeycloakAdmin() throws IOException {
    int port = keycloakAdminRelay.port();
    keycloakAdminRelay.close();
    keycloakAdminRelay = TcpProxy.to("127.0.0.1", LocalKeycloak.PORT, port);
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

  /** The SMTP sink that Keycloak and the server send mail to. */
  public MailSink mail() {
    return mail;
  }

  /** Starts the mail sink, the database (in dataDir unless external) and Keycloak. */
  public static Stack start(Path dataDir) throws Exception {
    Path target = Settings.path("coachroom.target");
    Path realm = Settings.path("coachroom.basedir").resolve("deploy/keycloak/coachroom-realm.json");
    Files.createDirectories(dataDir);
    MailSink mail = MailSink.start();
    EmbeddedDatabase database;
    try {
      database = EmbeddedDatabase.startOrUseConfigured(dataDir.resolve("mysql"));
    } catch (Exception e) {
      mail.close();
      throw e;
    }
    try {
      LocalKeycloak keycloak =
          LocalKeycloak.start(
              Settings.path("keycloak.home"), realm, target.resolve("keycloak.log"));
      return new Stack(database, keycloak, mail);
    } catch (Exception e) {
      database.close();
      mail.close();
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
    return serverProperties(database());
  }

  /**
   * The same, with the server talking to the database directly rather than through the relay that
   * tests cut: for the load test, whose figures should not include the relay's copying.
   */
  public List<String> directServerProperties() {
    return serverProperties(database.database());
  }

  /** The database as this JVM reaches it directly (the load test's data generator). */
  public Database directDatabase() {
    return database.database();
  }

  private List<String> serverProperties(Database db) {
    List<String> args = new ArrayList<>();
    args.add("-Dcoachroom.db.url=" + db.url());
    args.add("-Dcoachroom.db.user=" + db.user());
    args.add("-Dcoachroom.db.password=" + db.password());
    args.add("-Dcoachroom.oidc.client-secret=" + DEV_CLIENT_SECRET);
    args.add("-Dcoachroom.keycloak.admin.client-secret=" + DEV_ADMIN_CLIENT_SECRET);
    args.add("-Dcoachroom.keycloak.admin.server-url=http://127.0.0.1:" + keycloakAdminRelay.port());
    args.add("-Dcoachroom.mail.host=127.0.0.1");
    args.add("-Dcoachroom.mail.port=" + MailSink.SMTP_PORT);
    args.add("-Dcoachroom.mail.from=noreply@coachroom.test");
    args.add("-Dcoachroom.demo-seed=true");
    return args;
  }

  @Override
  public void close() throws Exception {
    databaseRelay.close();
    keycloakAdminRelay.close();
    keycloak.close();
    database.close();
    mail.close();
  }
}
