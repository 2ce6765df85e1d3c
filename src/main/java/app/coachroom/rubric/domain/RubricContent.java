package app.coachroom.rubric.domain;

import java.io.Serializable;
import java.util.List;

/** Everything a coach writes in a rubric, as typed; {@link Rubric} checks it. */
public record RubricContent(String title, String description, List<Criterion> criteria)
    implements Serializable {

  public RubricContent {
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
  }

  /** The most points a rubric gives: the best level of every criterion, added up. */
  public int totalPoints() {
    return criteria.stream().mapToInt(Criterion::maxPoints).sum();
  }

  /** One row of the rubric; competencyId may be null. */
  public record Criterion(String title, String description, String competencyId, List<Level> levels)
      implements Serializable {

    public Criterion {
      levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public int maxPoints() {
      return levels.stream().mapToInt(Level::points).max().orElse(0);
    }
  }

  /** One column of a criterion: what an answer at this level looks like, and its points. */
  public record Level(int points, String descriptor) implements Serializable {}
}
