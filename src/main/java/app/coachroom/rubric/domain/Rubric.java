package app.coachroom.rubric.domain;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.TenantOwned;
import app.coachroom.shared.domain.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * Criteria by levels. Every criterion has between two and six levels with distinct points; the
 * total is the sum of each criterion's best level. Archived, never deleted.
 */
@Entity
@Table(name = "rubric")
public class Rubric extends TenantOwned {
  public static final int TITLE_MAX = 200;
  public static final int DESCRIPTION_MAX = 2000;
  public static final int DESCRIPTOR_MAX = 1000;
  public static final int CRITERIA_MAX = 20;
  public static final int LEVELS_MIN = 2;
  public static final int LEVELS_MAX = 6;
  public static final int POINTS_MAX = 1000;

  @Version private long version;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(length = DESCRIPTION_MAX)
  private String description;

  @OneToMany(mappedBy = "rubric", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchSize(size = 50) // a list page loads the children of all its rows in one query
  private List<RubricCriterion> criteria = new ArrayList<>();

  @Column(name = "archived_at")
  private Instant archivedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Rubric() {}

  public Rubric(RubricContent content, Instant now) {
    super(now);
    revise(content, now);
  }

  /** Replaces title, description and every criterion after checking all of them. */
  public void revise(RubricContent content, Instant now) {
    RubricContent checked = checked(content);
    this.title = checked.title();
    this.description = checked.description();
    criteria.clear();
    for (int i = 0; i < checked.criteria().size(); i++) {
      criteria.add(new RubricCriterion(this, i, checked.criteria().get(i), now));
    }
    this.updatedAt = now;
  }

  /** The stripped, checked content; refused with the first problem found. */
  private static RubricContent checked(RubricContent content) {
    String title = Texts.required(content.title(), TITLE_MAX, "title", "rubric.title");
    String description =
        Texts.optional(content.description(), DESCRIPTION_MAX, "description", "rubric.description");
    if (content.criteria().isEmpty()) {
      throw new RuleViolationException("criteria", "rubric.criteria.none");
    }
    if (content.criteria().size() > CRITERIA_MAX) {
      throw new RuleViolationException("criteria", "rubric.criteria.tooMany");
    }
    List<RubricContent.Criterion> criteria = new ArrayList<>();
    for (int i = 0; i < content.criteria().size(); i++) {
      criteria.add(checked(content.criteria().get(i), i + 1));
    }
    return new RubricContent(title, description, criteria);
  }

  private static RubricContent.Criterion checked(RubricContent.Criterion raw, int number) {
    String title = Texts.optional(raw.title(), TITLE_MAX, "criteria", "rubric.criterion.title");
    if (title == null) {
      throw new RuleViolationException("criteria", "rubric.criterion.title.required", number);
    }
    String description =
        Texts.optional(
            raw.description(), DESCRIPTOR_MAX, "criteria", "rubric.criterion.description");
    if (raw.levels().size() < LEVELS_MIN || raw.levels().size() > LEVELS_MAX) {
      throw new RuleViolationException("criteria", "rubric.levels.count", number);
    }
    Set<Integer> points = new HashSet<>();
    List<RubricContent.Level> levels = new ArrayList<>();
    for (RubricContent.Level level : raw.levels()) {
      if (level.points() < 0 || level.points() > POINTS_MAX) {
        throw new RuleViolationException("criteria", "rubric.level.points.range", number);
      }
      if (!points.add(level.points())) {
        throw new RuleViolationException(
            "criteria", "rubric.level.points.duplicate", number, level.points());
      }
      String descriptor =
          Texts.optional(level.descriptor(), DESCRIPTOR_MAX, "criteria", "rubric.level.descriptor");
      if (descriptor == null) {
        throw new RuleViolationException("criteria", "rubric.level.descriptor.required", number);
      }
      levels.add(new RubricContent.Level(level.points(), descriptor));
    }
    return new RubricContent.Criterion(title, description, blankToNull(raw.competencyId()), levels);
  }

  private static String blankToNull(String id) {
    return id == null || id.isBlank() ? null : id;
  }

  public Rubric copy(String copyTitle, Instant now) {
    RubricContent content = content();
    return new Rubric(
        new RubricContent(
            Texts.cut(copyTitle, TITLE_MAX), content.description(), content.criteria()),
        now);
  }

  public void archive(Instant now) {
    if (archivedAt == null) {
      archivedAt = now;
    }
  }

  public void restore() {
    archivedAt = null;
  }

  public RubricContent content() {
    return new RubricContent(
        title, description, criteria.stream().map(RubricCriterion::content).toList());
  }

  public long version() {
    return version;
  }

  public String title() {
    return title;
  }

  public boolean isArchived() {
    return archivedAt != null;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
