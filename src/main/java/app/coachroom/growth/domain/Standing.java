package app.coachroom.growth.domain;

import java.util.List;

/**
 * Where a student stands in one competency, from the levels of their interviews in it (oldest
 * first, each 0 to 100).
 *
 * <ul>
 *   <li><b>Current level</b>: the mean of the last {@value #RECENT} interview levels (fewer if
 *       fewer exist), resting on that many interviews.
 *   <li><b>Falling</b>: the last three levels each lower than the one before (L[n-3] &gt; L[n-2]
 *       &gt; L[n-1]), or the last one at least {@value #DROP} points under the current level as it
 *       was before that interview.
 * </ul>
 *
 * @param current the current level, 0 to 100
 * @param interviews how many interviews it rests on (at most {@value #RECENT})
 */
public record Standing(double current, int interviews, boolean falling) {
  public static final int RECENT = 3;
  public static final double DROP = 15;

  /** The standing after these interview levels, oldest first; there must be at least one. */
  public static Standing of(List<Double> levels) {
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("A standing rests on at least one interview");
    }
    int n = levels.size();
    boolean falling = false;
    if (n >= RECENT) {
      falling = levels.get(n - 3) > levels.get(n - 2) && levels.get(n - 2) > levels.get(n - 1);
    }
    if (n >= 2) {
      double before = mean(levels.subList(Math.max(0, n - 1 - RECENT), n - 1));
      falling |= levels.get(n - 1) <= before - DROP;
    }
    List<Double> recent = levels.subList(Math.max(0, n - RECENT), n);
    return new Standing(mean(recent), recent.size(), falling);
  }

  /** One interview's level in a competency: the points earned over those possible, 0 to 100. */
  public static double level(int earned, int possible) {
    if (possible <= 0) {
      throw new IllegalArgumentException("Evidence needs possible points");
    }
    return 100.0 * earned / possible;
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
  }
}
