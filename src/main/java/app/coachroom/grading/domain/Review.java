package app.coachroom.grading.domain;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.TenantOwned;
import app.coachroom.shared.domain.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A coach's review of one handed-in attempt: a grade per answer, an overall comment, the total, who
 * holds it (so two coaches do not grade the same attempt by accident) and whether it is released.
 * Every score it changes is returned as {@link ScoreChange}s for the history; a released review
 * changes only after it is taken back. The version makes a save based on an older read fail.
 */
@Entity
@Table(name = "review")
public class Review extends TenantOwned {
  @Version private long version;

  @Column(name = "attempt_id", length = 36, nullable = false, updatable = false)
  private String attemptId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReviewStatus status;

  @Column(name = "claimed_by", length = 64)
  private String claimedBy;

  @Column(name = "overall_comment", columnDefinition = "TEXT")
  private String overallComment;

  @Column(nullable = false)
  private int points;

  @Column(name = "max_points", nullable = false)
  private int maxPoints;

  @Column(name = "graded_by", length = 64)
  private String gradedBy;

  @Column(name = "released_at")
  private Instant releasedAt;

  /** Released once and taken back since: not released again automatically, only by hand. */
  @Column(name = "taken_back", nullable = false)
  private boolean takenBack;

  /** How many score changes the review made: the next one is numbered one more. */
  @Column(name = "change_count", nullable = false)
  private int changeCount;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ReviewAnswer> answers = new ArrayList<>();

  protected Review() {}

  /** A new review, held by the coach who opens it, with the automatic scores counted. */
  public Review(String attemptId, GradingSheet sheet, String coach, Instant now) {
    super(now);
    this.attemptId = attemptId;
    this.claimedBy = coach;
    for (GradingSheet.Question q : sheet.questions()) {
      ReviewAnswer answer = new ReviewAnswer(this, q.position(), now);
      AnswerGrade none = AnswerGrade.empty(q.criteria());
      answer.take(none, Grading.points(q, none), false);
      answers.add(answer);
    }
    this.points = answers.stream().mapToInt(ReviewAnswer::points).sum();
    this.maxPoints = sheet.maxPoints();
    this.status = complete(sheet) ? ReviewStatus.GRADED : ReviewStatus.IN_PROGRESS;
    this.updatedAt = now;
  }

  /**
   * As {@link #save(GradingSheet, List, String, String, Instant)}; with {@code releasedStaysOpen}
   * (results released automatically) a released review still takes changes, which the student sees
   * at once, and stays released.
   */
  public List<ScoreChange> save(
      GradingSheet sheet,
      List<AnswerGrade> grades,
      String overall,
      String coach,
      Instant now,
      boolean releasedStaysOpen) {
    requireHeldBy(coach);
    if (status == ReviewStatus.RELEASED && !releasedStaysOpen) {
      throw new RuleViolationException(null, "review.released");
    }
    if (grades.size() != sheet.questions().size() || answers.size() != grades.size()) {
      throw new RuleViolationException(null, "review.answers.count");
    }
    List<AnswerGrade> checked = new ArrayList<>();
    for (int i = 0; i < grades.size(); i++) {
      checked.add(Grading.checked(sheet.questions().get(i), grades.get(i)));
    }
    String comment = Texts.optional(overall, Grading.OVERALL_MAX, "overall", "review.overall");
    List<ScoreChange> changes = new ArrayList<>();
    int oldTotal = points;
    for (int i = 0; i < checked.size(); i++) {
      GradingSheet.Question q = sheet.questions().get(i);
      ReviewAnswer answer = answers.get(i);
      AnswerGrade before = answer.grade(q.criteria());
      AnswerGrade after = checked.get(i);
      for (int c = 0; c < q.criteria(); c++) {
        Integer was = before.levels().get(c);
        Integer is = after.levels().get(c);
        if (!Objects.equals(was, is)) {
          changes.add(change(coach, ScoreChangeKind.LEVEL, q.position(), c, was, is, null, now));
        }
      }
      if (!Objects.equals(before.overridePoints(), after.overridePoints())) {
        changes.add(
            change(
                coach,
                ScoreChangeKind.OVERRIDE,
                q.position(),
                null,
                Grading.points(q, before),
                Grading.points(q, after),
                after.overrideReason(),
                now));
      }
      answer.take(after, Grading.points(q, after), handGraded(q, after));
    }
    points = answers.stream().mapToInt(ReviewAnswer::points).sum();
    if (points != oldTotal) {
      changes.add(change(coach, ScoreChangeKind.TOTAL, null, null, oldTotal, points, null, now));
    }
    overallComment = comment;
    gradedBy = coach;
    if (status != ReviewStatus.RELEASED) {
      status = complete(sheet) ? ReviewStatus.GRADED : ReviewStatus.IN_PROGRESS;
    }
    updatedAt = now;
    return changes;
  }

  /** Makes {@code coach} the one who holds the review; refused while another coach holds it. */
  public void claim(String coach, Instant now) {
    requireHeldBy(coach);
    updatedAt = now;
  }

  /** Makes {@code coach} the one who holds the review, also when another coach held it. */
  public void takeOver(String coach, Instant now) {
    claimedBy = coach;
    updatedAt = now;
  }

  /**
   * Releases the results to the student. A review not graded in full is released only when the
   * coach confirmed it ({@code evenIfUngraded}); releasing again changes nothing (returns null).
   * Refused while another coach holds the review.
   */
  public ScoreChange release(String coach, boolean evenIfUngraded, Instant now) {
    requireHeldBy(coach);
    if (status == ReviewStatus.RELEASED) {
      return null;
    }
    if (status != ReviewStatus.GRADED && !evenIfUngraded) {
      throw new RuleViolationException(null, "review.release.ungraded");
    }
    status = ReviewStatus.RELEASED;
    releasedAt = now;
    takenBack = false;
    updatedAt = now;
    return change(coach, ScoreChangeKind.RELEASED, null, null, null, points, null, now);
  }

  /**
   * Releases a review graded in full as part of releasing a whole assignment's results, whoever
   * holds it (the holder keeps it); any other review, results taken back included (released again
   * only by hand), is left as it is (returns null).
   */
  public ScoreChange releaseGraded(String coach, Instant now) {
    if (!dueForAutomaticRelease()) {
      return null;
    }
    status = ReviewStatus.RELEASED;
    releasedAt = now;
    takenBack = false;
    updatedAt = now;
    return change(coach, ScoreChangeKind.RELEASED, null, null, null, points, null, now);
  }

  /**
   * Takes released results back so they can be regraded (returns null when not released); refused
   * while another coach holds the review.
   */
  public ScoreChange unrelease(String coach, GradingSheet sheet, Instant now) {
    requireHeldBy(coach);
    if (status != ReviewStatus.RELEASED) {
      return null;
    }
    status = complete(sheet) ? ReviewStatus.GRADED : ReviewStatus.IN_PROGRESS;
    releasedAt = null;
    takenBack = true;
    updatedAt = now;
    return change(coach, ScoreChangeKind.UNRELEASED, null, null, points, null, null, now);
  }

  private void requireHeldBy(String coach) {
    if (claimedBy != null && !claimedBy.equals(coach)) {
      throw new RuleViolationException(null, "review.heldByOther");
    }
    claimedBy = coach;
  }

  /** Whether a rubric answer has a level for every criterion (automatic scores never are). */
  private static boolean handGraded(GradingSheet.Question q, AnswerGrade grade) {
    return !q.isAutoScored() && Grading.complete(q, grade);
  }

  private boolean complete(GradingSheet sheet) {
    for (int i = 0; i < answers.size(); i++) {
      GradingSheet.Question q = sheet.questions().get(i);
      if (!Grading.complete(q, answers.get(i).grade(q.criteria()))) {
        return false;
      }
    }
    return true;
  }

  private ScoreChange change(
      String coach,
      ScoreChangeKind kind,
      Integer position,
      Integer criterion,
      Integer was,
      Integer is,
      String reason,
      Instant now) {
    changeCount++;
    return new ScoreChange(
        this, changeCount, coach, kind, position, criterion, was, is, reason, now);
  }

  /** The grade of the answer at {@code position}, for a question of {@code criteria} criteria. */
  public AnswerGrade grade(int position, int criteria) {
    return answers.get(position).grade(criteria);
  }

  public int answerPoints(int position) {
    return answers.get(position).points();
  }

  public long version() {
    return version;
  }

  public String attemptId() {
    return attemptId;
  }

  public ReviewStatus status() {
    return status;
  }

  public String claimedBy() {
    return claimedBy;
  }

  public String overallComment() {
    return overallComment;
  }

  public int points() {
    return points;
  }

  public int maxPoints() {
    return maxPoints;
  }

  public String gradedBy() {
    return gradedBy;
  }

  public Instant releasedAt() {
    return releasedAt;
  }

  /**
   * Whether results released automatically go out now: graded in full, not released, and not taken
   * back since an earlier release.
   */
  public boolean dueForAutomaticRelease() {
    return status == ReviewStatus.GRADED && !takenBack;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
