package app.coachroom.assignment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Extra-time accommodations: a time limit stretched by a student's multiplier. */
public final class TimeAllowance {
  private TimeAllowance() {}

  /** The limit times the multiplier, rounded up to the whole second (never shorter). */
  public static int scaled(int seconds, BigDecimal multiplier) {
    if (multiplier.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException("A multiplier below 1 would shorten a time limit");
    }
    return BigDecimal.valueOf(seconds)
        .multiply(multiplier)
        .setScale(0, RoundingMode.CEILING)
        .intValueExact();
  }
}
