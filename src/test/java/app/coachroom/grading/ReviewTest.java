package app.coachroom.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.grading.domain.AnswerGrade;
import app.coachroom.grading.domain.GradingSheet;
import app.coachroom.grading.domain.Review;
import app.coachroom.grading.domain.ReviewStatus;
import app.coachroom.grading.domain.ScoreChange;
import app.coachroom.grading.domain.ScoreChangeKind;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.shared.domain.RuleViolationException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Scoring a review against its rubrics, the rules a grade must keep, holding and releasing. */
class ReviewTest {
  private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");
  private static final String CORA = "coach-cora";
  private static final String BO = "coach-bo";

  /** Multiple choice scored 1 of 1; a two-criterion rubric (0/2/4, 1/3); one criterion (0/5). */
  private static final GradingSheet SHEET =
      new GradingSheet(
          List.of(
              new GradingSheet.Question(0, "Pick", null, 1, 1),
              new GradingSheet.Question(
                  1,
                  "Explain",
                  rubric(criterion("Depth", 0, 2, 4), criterion("Clarity", 1, 3)),
                  null,
                  0),
              new GradingSheet.Question(2, "Story", rubric(criterion("STAR", 0, 5)), null, 0)));

  @Test
  void aNewReviewCountsTheAutomaticScoresAndWaitsForLevels() {
    Review review = new Review("attempt-1", SHEET, CORA, NOW);
    assertEquals(1, review.points());
    assertEquals(1 + 7 + 5, review.maxPoints());
    assertEquals(ReviewStatus.IN_PROGRESS, review.status());
    assertEquals(CORA, review.claimedBy());
    assertEquals(Arrays.asList(null, null), review.grade(1, 2).levels());
  }

  @Test
  void levelsAddUpAndEveryChangeIsRecorded() {
    Review review = new Review("attempt-1", SHEET, CORA, NOW);
    List<ScoreChange> first =
        review.save(SHEET, grades(levels(4, null), levels(5)), "", CORA, NOW, false);
    assertEquals(ReviewStatus.IN_PROGRESS, review.status(), "Clarity has no level yet");
    assertEquals(1 + 4 + 5, review.points());
    assertEquals(
        List.of(ScoreChangeKind.LEVEL, ScoreChangeKind.LEVEL, ScoreChangeKind.TOTAL), kinds(first));
    assertEquals(1, first.get(2).oldPoints());
    assertEquals(10, first.get(2).newPoints());

    List<ScoreChange> second =
        review.save(SHEET, grades(levels(2, 3), levels(5)), "Well argued.", CORA, NOW, false);
    assertEquals(ReviewStatus.GRADED, review.status());
    assertEquals(1 + 5 + 5, review.points());
    assertEquals(
        List.of(ScoreChangeKind.LEVEL, ScoreChangeKind.LEVEL, ScoreChangeKind.TOTAL),
        kinds(second),
        "only what changed: Depth 4 to 2, Clarity none to 3, and the total");
    assertEquals(4, second.get(0).oldPoints());
    assertEquals(2, second.get(0).newPoints());
    assertEquals(0, second.get(0).criterion());
    assertEquals(1, second.get(0).position());
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6),
        Stream.concat(first.stream(), second.stream()).map(ScoreChange::seq).toList(),
        "numbered in the order made");
    assertEquals("Well argued.", review.overallComment());
    assertEquals(
        List.of(), review.save(SHEET, grades(levels(2, 3), levels(5)), null, CORA, NOW, false));
  }

  @Test
  void releasingAWholeAssignmentReleasesOnlyWhatIsGradedInFullWhoeverHoldsIt() {
    Review begun = new Review("attempt-1", SHEET, CORA, NOW);
    assertNull(begun.releaseGraded(BO, NOW), "not graded in full: stays back");
    assertEquals(ReviewStatus.IN_PROGRESS, begun.status());
    Review graded = new Review("attempt-2", SHEET, CORA, NOW);
    graded.save(SHEET, grades(levels(2, 3), levels(5)), null, CORA, NOW, false);
    ScoreChange released = graded.releaseGraded(BO, NOW);
    assertEquals(ScoreChangeKind.RELEASED, released.kind());
    assertEquals(BO, released.changedBy());
    assertEquals(ReviewStatus.RELEASED, graded.status());
    assertEquals(CORA, graded.claimedBy(), "the holder keeps it");
    assertNull(graded.releaseGraded(BO, NOW), "released already");
    graded.unrelease(CORA, SHEET, NOW);
    assertNull(graded.releaseGraded(BO, NOW), "taken back: released again only by hand");
    assertEquals(ReviewStatus.GRADED, graded.status());
  }

  @Test
  void aGradeBreakingARuleIsRefusedAndChangesNothing() {
    Review review = new Review("attempt-1", SHEET, CORA, NOW);
    review.save(SHEET, grades(levels(2, 3), levels(5)), null, CORA, NOW, false);
    assertRefused("review.level.unknown", review, grades(levels(3, 3), levels(5)));
    assertRefused("review.levels.count", review, grades(levels(2), levels(5)));
    assertRefused(
        "review.answers.count",
        () -> review.save(SHEET, List.of(AnswerGrade.empty(0)), null, CORA, NOW, false));
    assertRefused(
        "review.levels.auto",
        review,
        List.of(new AnswerGrade(List.of(1), null, null, null), levels(2, 3), levels(5)));
    assertRefused(
        "review.override.notAuto",
        review,
        List.of(AnswerGrade.empty(0), new AnswerGrade(List.of(2, 3), null, 5, "x"), levels(5)));
    assertRefused("review.override.range", review, grades(override(2, "Generous"), 2, 3, 5));
    assertRefused("review.override.reason.required", review, grades(override(0, " "), 2, 3, 5));
    assertEquals(11, review.points());
    assertEquals(ReviewStatus.GRADED, review.status());
    assertEquals(List.of(2, 3), review.grade(1, 2).levels());
  }

  @Test
  void anAutomaticScoreIsOverriddenWithAReason() {
    Review review = new Review("attempt-1", SHEET, CORA, NOW);
    review.save(SHEET, grades(levels(2, 3), levels(5)), null, CORA, NOW, false);
    List<ScoreChange> changes =
        review.save(
            SHEET, grades(override(0, "Two choices were right"), 2, 3, 5), null, CORA, NOW, false);
    assertEquals(List.of(ScoreChangeKind.OVERRIDE, ScoreChangeKind.TOTAL), kinds(changes));
    assertEquals(1, changes.get(0).oldPoints());
    assertEquals(0, changes.get(0).newPoints());
    assertEquals("Two choices were right", changes.get(0).reason());
    assertEquals(10, review.points());
    assertEquals(0, review.answerPoints(0));
  }

  @Test
  void anotherCoachTakesOverBeforeChangingAnything() {
    Review review = new Review("attempt-1", SHEET, CORA, NOW);
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> review.save(SHEET, grades(levels(2, 3), levels(5)), null, BO, NOW, false));
    assertEquals("review.heldByOther", e.messageKey());
    review.takeOver(BO, NOW);
    review.save(SHEET, grades(levels(2, 3), levels(5)), null, BO, NOW, false);
    assertEquals(BO, review.gradedBy());
  }

  @Test
  void releasingNeedsAGradeOrAConfirmationAndRegradingNeedsItTakenBack() {
    Review review = new Review("attempt-1", SHEET, CORA, NOW);
    review.save(SHEET, grades(levels(2, null), levels(5)), null, CORA, NOW, false);
    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> review.release(CORA, false, NOW));
    assertEquals("review.release.ungraded", e.messageKey());
    assertEquals(ScoreChangeKind.RELEASED, review.release(CORA, true, NOW).kind());
    assertEquals(ReviewStatus.RELEASED, review.status());
    assertNull(review.release(CORA, false, NOW), "released twice changes nothing");
    assertRefused("review.released", review, grades(levels(2, 3), levels(5)));

    ScoreChange back = review.unrelease(CORA, SHEET, NOW);
    assertEquals(ScoreChangeKind.UNRELEASED, back.kind());
    assertEquals(8, back.oldPoints());
    assertEquals(ReviewStatus.IN_PROGRESS, review.status());
    assertNull(review.releasedAt());
    review.save(SHEET, grades(levels(2, 3), levels(5)), null, CORA, NOW, false);
    assertEquals(ReviewStatus.GRADED, review.status());
    assertEquals(ScoreChangeKind.RELEASED, review.release(CORA, false, NOW).kind());
  }

  @Test
  void aReviewReleasedAutomaticallyStaysReleasedThroughChanges() {
    Review review = new Review("attempt-1", SHEET, CORA, NOW);
    review.save(SHEET, grades(levels(2, 3), levels(5)), null, CORA, NOW, true);
    review.release(CORA, false, NOW);
    List<ScoreChange> changes =
        review.save(SHEET, grades(levels(4, null), levels(5)), "Better.", CORA, NOW, true);
    assertEquals(ReviewStatus.RELEASED, review.status(), "a level taken away keeps it released");
    assertEquals(
        List.of(ScoreChangeKind.LEVEL, ScoreChangeKind.LEVEL, ScoreChangeKind.TOTAL),
        kinds(changes));
    assertEquals(1 + 4 + 5, review.points());
    assertRefused(
        "review.heldByOther",
        () -> review.save(SHEET, grades(levels(0, 1), levels(0)), null, BO, NOW, true));
  }

  @Test
  void onlyTheHolderReleasesOrTakesBackAndTakenBackResultsAreNotDueAutomatically() {
    Review review = new Review("attempt-1", SHEET, CORA, NOW);
    review.save(SHEET, grades(levels(2, 3), levels(5)), null, CORA, NOW, false);
    assertTrue(review.dueForAutomaticRelease());
    assertRefused("review.heldByOther", () -> review.release(BO, false, NOW));
    review.release(CORA, false, NOW);
    assertFalse(review.dueForAutomaticRelease(), "released already");
    assertRefused("review.heldByOther", () -> review.unrelease(BO, SHEET, NOW));
    review.unrelease(CORA, SHEET, NOW);
    assertEquals(ReviewStatus.GRADED, review.status());
    assertFalse(review.dueForAutomaticRelease(), "taken back stays back");
    review.release(CORA, false, NOW);
    review.unrelease(CORA, SHEET, NOW);
    review.takeOver(BO, NOW);
    review.release(BO, false, NOW);
    assertEquals(ReviewStatus.RELEASED, review.status(), "released by hand by the new holder");
  }

  @Test
  void aReviewWithNothingToGradeByHandIsDueAtOnce() {
    GradingSheet quiz = new GradingSheet(List.of(new GradingSheet.Question(0, "Pick", null, 1, 1)));
    assertTrue(new Review("attempt-2", quiz, CORA, NOW).dueForAutomaticRelease());
  }

  private static void assertRefused(String key, Review review, List<AnswerGrade> grades) {
    assertRefused(key, () -> review.save(SHEET, grades, null, CORA, NOW, false));
  }

  private static void assertRefused(String key, Runnable action) {
    RuleViolationException e = assertThrows(RuleViolationException.class, action::run);
    assertEquals(key, e.messageKey());
  }

  private static List<ScoreChangeKind> kinds(List<ScoreChange> changes) {
    return changes.stream().map(ScoreChange::kind).toList();
  }

  /** Grades for the sheet: the multiple-choice answer as scored, then the two rubric answers. */
  private static List<AnswerGrade> grades(AnswerGrade explain, AnswerGrade story) {
    return List.of(AnswerGrade.empty(0), explain, story);
  }

  private static List<AnswerGrade> grades(AnswerGrade choice, int depth, int clarity, int star) {
    return List.of(choice, levels(depth, clarity), levels(star));
  }

  private static AnswerGrade levels(Integer... points) {
    return new AnswerGrade(Arrays.asList(points), null, null, null);
  }

  private static AnswerGrade override(int points, String reason) {
    return new AnswerGrade(List.of(), null, points, reason);
  }

  private static RubricContent rubric(RubricContent.Criterion... criteria) {
    return new RubricContent("Rubric", null, List.of(criteria));
  }

  private static RubricContent.Criterion criterion(String title, int... points) {
    return new RubricContent.Criterion(
        title,
        null,
        null,
        Arrays.stream(points).mapToObj(p -> new RubricContent.Level(p, "Level " + p)).toList());
  }
}
