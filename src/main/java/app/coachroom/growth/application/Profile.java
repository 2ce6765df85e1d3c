package app.coachroom.growth.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One student's growth per competency, from the competency record: released (and revealed) work
 * only.
 *
 * @param competencies every competency with evidence, by name
 * @param strongest the competency with the highest current level, null without any
 * @param weakest the competency with the lowest current level, null without any
 */
public record Profile(
    String student, String name, List<Growth> competencies, Growth strongest, Growth weakest)
    implements Serializable {

  public Profile {
    competencies = List.copyOf(competencies);
  }

  /**
   * One competency: its levels over time, where the student stands against the target, and the
   * coaches' released comments on answers that speak to it, newest first.
   */
  public record Growth(
      String competencyId,
      String name,
      int target,
      double current,
      int interviews,
      boolean falling,
      List<Point> levels,
      List<Comment> comments)
      implements Serializable {

    public Growth {
      levels = List.copyOf(levels);
      comments = List.copyOf(comments);
    }

    public boolean belowTarget() {
      return current < target;
    }
  }

  /** The level (0 to 100) of one interview, oldest first in a {@link Growth}. */
  public record Point(String attemptId, String title, Instant handedInAt, double level)
      implements Serializable {}

  /** A released comment on the answer to question {@code question} (1-based) of an attempt. */
  public record Comment(
      String attemptId, String title, Instant handedInAt, int question, String text)
      implements Serializable {}
}
