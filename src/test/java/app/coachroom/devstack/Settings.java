package app.coachroom.devstack;

import java.nio.file.Path;
import java.util.Optional;

/** Reads a setting from a system property, then from the matching environment variable. */
public final class Settings {
  private Settings() {}

  /** "coachroom.db.url" is read from -Dcoachroom.db.url or COACHROOM_DB_URL. */
  public static Optional<String> get(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
    }
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }

  public static String require(String name) {
    return get(name)
        .orElseThrow(
            () -> new IllegalStateException("Missing setting " + name + " (set by the pom)"));
  }

  public static Path path(String name) {
    return Path.of(require(name));
  }
}
