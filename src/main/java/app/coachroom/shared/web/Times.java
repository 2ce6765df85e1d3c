package app.coachroom.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Shows instants in pages as {@code #{times.utc(...)}} (Faces' date converter does not take an
 * Instant on these servers). UTC until people have a time zone of their own.
 */
@Named
@ApplicationScoped
public class Times {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** The instant to the minute, in UTC; empty for null. */
  public String utc(Instant instant) {
    return instant == null ? "" : UTC.format(instant);
  }
}
