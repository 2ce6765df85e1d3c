package app.coachroom.rubric.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** One criterion of a rubric, with its levels in the coach's order. Written only through it. */
@Entity
@Table(name = "rubric_criterion")
public class RubricCriterion extends TenantOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "rubric_id", nullable = false, updatable = false)
  private Rubric rubric;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = Rubric.TITLE_MAX)
  private String title;

  @Column(length = Rubric.DESCRIPTOR_MAX)
  private String description;

  @Column(name = "competency_id", length = 36)
  private String competencyId;

  @OneToMany(mappedBy = "criterion", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchSize(size = 500) // the levels of a whole list page in one or a few queries
  private List<RubricLevel> levels = new ArrayList<>();

  protected RubricCriterion() {}

  RubricCriterion(Rubric rubric, int position, RubricContent.Criterion criterion, Instant now) {
    super(now);
    this.rubric = rubric;
    this.position = position;
    this.title = criterion.title();
    this.description = criterion.description();
    this.competencyId = criterion.competencyId();
    for (int i = 0; i < criterion.levels().size(); i++) {
      levels.add(new RubricLevel(this, i, criterion.levels().get(i), now));
    }
  }

  RubricContent.Criterion content() {
    return new RubricContent.Criterion(
        title, description, competencyId, levels.stream().map(RubricLevel::content).toList());
  }
}
