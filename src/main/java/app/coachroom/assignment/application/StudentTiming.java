package app.coachroom.assignment.application;

import app.coachroom.assignment.domain.Window;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One student of an assignment's cohort with their own timing.
 *
 * @param extendedDueAt their extension, or null
 * @param extendedLocal the extension on the bootcamp's wall clock (for editing), or null
 * @param timeMultiplier their extra-time accommodation (1.00 for none)
 */
public record StudentTiming(
    String subject,
    String name,
    String email,
    BigDecimal timeMultiplier,
    Instant extendedDueAt,
    LocalDateTime extendedLocal,
    Window window)
    implements Serializable {

  public boolean extended() {
    return extendedDueAt != null;
  }

  public boolean hasExtraTime() {
    return timeMultiplier.compareTo(BigDecimal.ONE) > 0;
  }
}
