package app.coachroom.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The database and Keycloak that WildFly needs, plus the system properties that point WildFly at
 * them. One per JVM: the run command and the integration-test session each start one.
 */
public final class Stack implements AutoCloseable {
  /** The dev realm's client secret (deploy/keycloak/coachroom-realm.json); dev only. */
  static final String DEV_CLIENT_SECRET = "coachroom-dev-secret";

  private final EmbeddedDatabase database;
  private final LocalKeycloak keycloak;

  private Stack(EmbeddedDatabase database, LocalKeycloak keycloak) {
    this.database = database;
    this.keycloak = keycloak;
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

  public Database database() {
    return database.database();
  }

  /** -D arguments for WildFly: datasource, OIDC client secret, demo seed. */
  public List<String> serverProperties() {
    List<String> args = new ArrayList<>();
    args.add("-Dcoachroom.db.url=" + database().url());
    args.add("-Dcoachroom.db.user=" + database().user());
    args.add("-Dcoachroom.db.password=" + database().password());
    args.add("-Dcoachroom.oidc.client-secret=" + DEV_CLIENT_SECRET);
    args.add("-Dcoachroom.demo-seed=true");
    return args;
  }

  @Override
  public void close() throws Exception {
    keycloak.close();
    database.close();
  }
}
