package app.coachroom.devstack;

import java.nio.file.Path;
import java.util.Optional;

/** Reads a setting from a system property, then from the matching environment variable. */
final class Settings {
  private Settings() {}

  /** "coachroom.db.url" is read from -Dcoachroom.db.url or COACHROOM_DB_URL. */
  static Optional<String> get(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
    }
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }

  static String require(String name) {
    return get(name)
        .orElseThrow(
            () -> new IllegalStateException("Missing setting " + name + " (set by the pom)"));
  }

  static Path path(String name) {
    return Path.of(require(name));
  }
}
