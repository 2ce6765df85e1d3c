package app.coachroom.rubric.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One level of a criterion. Written only through its rubric. */
@Entity
@Table(name = "rubric_level")
public class RubricLevel extends TenantOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "criterion_id", nullable = false, updatable = false)
  private RubricCriterion criterion;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private int points;

  @Column(nullable = false, length = Rubric.DESCRIPTOR_MAX)
  private String descriptor;

  protected RubricLevel() {}

  RubricLevel(RubricCriterion criterion, int position, RubricContent.Level level, Instant now) {
    super(now);
    this.criterion = criterion;
    this.position = position;
    this.points = level.points();
    this.descriptor = level.descriptor();
  }

  RubricContent.Level content() {
    return new RubricContent.Level(points, descriptor);
  }
}
