package app.coachroom.grading.domain;

import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules of a grade: a level is one the criterion has, an override only replaces an automatic
 * score, stays within what the question can score and says why; an answer's points are its levels
 * added up (or its automatic score, or the override); an answer is graded once every criterion has
 * a level.
 */
public final class Grading {
  public static final int COMMENT_MAX = 10_000;
  public static final int OVERALL_MAX = 20_000;
  public static final int REASON_MAX = 500;

  /** A question scored automatically (multiple choice) scores one point at most. */
  public static final int AUTO_MAX = 1;

  private Grading() {}

  /**
   * The grade as it is kept: texts stripped; refused, naming the question, when it breaks a rule.
   */
  public static AnswerGrade checked(GradingSheet.Question question, AnswerGrade grade) {
    int number = question.position() + 1;
    List<Integer> levels = new ArrayList<>(grade.levels());
    if (question.isAutoScored() && levels.stream().anyMatch(Objects::nonNull)) {
      throw new RuleViolationException("levels", "review.levels.auto", number);
    }
    if (question.isAutoScored()) {
      levels.clear();
    } else if (levels.size() != question.criteria()) {
      throw new RuleViolationException("levels", "review.levels.count", number);
    }
    for (int c = 0; c < levels.size(); c++) {
      Integer points = levels.get(c);
      RubricContent.Criterion criterion = question.rubric().criteria().get(c);
      if (points != null && criterion.levels().stream().noneMatch(l -> l.points() == points)) {
        throw new RuleViolationException(
            "levels", "review.level.unknown", number, criterion.title(), points);
      }
    }
    String comment = Texts.optional(grade.comment(), COMMENT_MAX, "comment", "review.comment");
    Integer override = grade.overridePoints();
    String reason = null;
    if (override != null) {
      if (!question.isAutoScored()) {
        throw new RuleViolationException("override", "review.override.notAuto", number);
      }
      if (override < 0 || override > question.autoMax()) {
        throw new RuleViolationException(
            "override", "review.override.range", number, question.autoMax());
      }
      reason =
          Texts.required(grade.overrideReason(), REASON_MAX, "override", "review.override.reason");
    }
    return new AnswerGrade(levels, comment, override, reason);
  }

  /** The points an answer gets with this grade. */
  public static int points(GradingSheet.Question question, AnswerGrade grade) {
    if (question.isAutoScored()) {
      if (grade.overridePoints() != null) {
        return grade.overridePoints();
      }
      return question.autoPoints() == null ? 0 : question.autoPoints();
    }
    return grade.levels().stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
  }

  /** Whether every criterion of the answer has a level (an automatic score is always complete). */
  public static boolean complete(GradingSheet.Question question, AnswerGrade grade) {
    return question.isAutoScored()
        || (grade.levels().size() == question.criteria()
            && grade.levels().stream().allMatch(Objects::nonNull));
  }
}
