package app.coachroom.grading.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The grade of one answer within a review. The levels are kept as the points picked per criterion,
 * in the rubric's order, comma-separated with an empty place where none is picked yet ("3,,2").
 */
@Entity
@Table(name = "review_answer")
public class ReviewAnswer extends TenantOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "review_id", nullable = false, updatable = false)
  private Review review;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false, length = 200)
  private String levels;

  @Column(columnDefinition = "TEXT")
  private String comment;

  @Column(name = "override_points")
  private Integer overridePoints;

  @Column(name = "override_reason", length = Grading.REASON_MAX)
  private String overrideReason;

  @Column(nullable = false)
  private int points;

  /** Every rubric criterion has a level (never for an answer scored automatically). */
  @Column(name = "hand_graded", nullable = false)
  private boolean handGraded;

  protected ReviewAnswer() {}

  ReviewAnswer(Review review, int position, Instant now) {
    super(now);
    this.review = review;
    this.position = position;
    this.levels = "";
  }

  public int position() {
    return position;
  }

  public int points() {
    return points;
  }

  public AnswerGrade grade(int criteria) {
    List<Integer> picked = new ArrayList<>();
    String[] parts = levels.split(",", -1);
    for (int c = 0; c < criteria; c++) {
      picked.add(c < parts.length && !parts[c].isEmpty() ? Integer.valueOf(parts[c]) : null);
    }
    return new AnswerGrade(picked, comment, overridePoints, overrideReason);
  }

  void take(AnswerGrade grade, int points, boolean handGraded) {
    this.handGraded = handGraded;
    this.levels =
        grade.levels().stream()
            .map(p -> p == null ? "" : p.toString())
            .collect(Collectors.joining(","));
    this.comment = grade.comment();
    this.overridePoints = grade.overridePoints();
    this.overrideReason = grade.overrideReason();
    this.points = points;
  }
}
