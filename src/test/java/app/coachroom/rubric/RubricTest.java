package app.coachroom.rubric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.coachroom.rubric.domain.Rubric;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.rubric.domain.RubricContent.Criterion;
import app.coachroom.rubric.domain.RubricContent.Level;
import app.coachroom.shared.domain.RuleViolationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rubric totals and rules, without a server. */
class RubricTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void totalIsTheSumOfEachCriterionsBestLevelWhateverTheOrder() {
    RubricContent star =
        new RubricContent(
            "STAR",
            null,
            List.of(
                criterion("Situation", level(3), level(1), level(0)),
                criterion("Result", level(0), level(5), level(2)),
                criterion("Delivery", level(10), level(4))));
    assertEquals(18, new Rubric(star, NOW).content().totalPoints());
  }

  @Test
  void textsAreStrippedAndABlankCompetencyIsNone() {
    Rubric rubric =
        new Rubric(
            new RubricContent(
                "  STAR  ",
                "  ",
                List.of(
                    new Criterion(
                        " Task ",
                        null,
                        " ",
                        List.of(new Level(1, " clear "), new Level(0, "vague"))))),
            NOW);
    RubricContent content = rubric.content();
    assertEquals("STAR", content.title());
    assertNull(content.description());
    assertEquals(
        new Criterion("Task", null, null, List.of(new Level(1, "clear"), new Level(0, "vague"))),
        content.criteria().get(0));
  }

  @Test
  void badRubricsAreRefusedNamingTheCriterion() {
    assertRefused(
        "rubric.title.required",
        new RubricContent(" ", null, List.of(criterion("A", level(1), level(0)))));
    assertRefused("rubric.criteria.none", new RubricContent("T", null, List.of()));
    RuleViolationException duplicate =
        assertRefused(
            "rubric.level.points.duplicate",
            new RubricContent(
                "T",
                null,
                List.of(criterion("A", level(1), level(0)), criterion("B", level(2), level(2)))));
    assertArrayEquals(new Object[] {2, 2}, duplicate.args());
    assertRefused(
        "rubric.levels.count", new RubricContent("T", null, List.of(criterion("A", level(1)))));
    assertRefused(
        "rubric.levels.count",
        new RubricContent(
            "T",
            null,
            List.of(
                criterion(
                    "A", level(0), level(1), level(2), level(3), level(4), level(5), level(6)))));
    assertRefused(
        "rubric.level.points.range",
        new RubricContent("T", null, List.of(criterion("A", level(-1), level(0)))));
    assertRefused(
        "rubric.level.points.range",
        new RubricContent("T", null, List.of(criterion("A", level(1001), level(0)))));
    assertRefused(
        "rubric.level.descriptor.required",
        new RubricContent(
            "T",
            null,
            List.of(
                new Criterion("A", null, null, List.of(new Level(1, "ok"), new Level(0, " "))))));
    assertRefused(
        "rubric.criterion.title.required",
        new RubricContent(
            "T", null, List.of(new Criterion(" ", null, null, List.of(level(1), level(0))))));
    assertRefused(
        "rubric.criteria.tooMany",
        new RubricContent(
            "T", null, java.util.Collections.nCopies(21, criterion("A", level(1), level(0)))));
  }

  @Test
  void revisingReplacesEveryCriterion() {
    Rubric rubric =
        new Rubric(new RubricContent("T", null, List.of(criterion("A", level(1), level(0)))), NOW);
    RubricContent revised =
        new RubricContent(
            "T2",
            "why",
            List.of(criterion("B", level(4), level(2)), criterion("C", level(1), level(0))));
    rubric.revise(revised, NOW);
    assertEquals(revised, rubric.content());
    assertEquals(5, rubric.content().totalPoints());
  }

  private static Criterion criterion(String title, Level... levels) {
    return new Criterion(title, null, null, List.of(levels));
  }

  private static Level level(int points) {
    return new Level(points, "worth " + points);
  }

  private static RuleViolationException assertRefused(String key, RubricContent content) {
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> new Rubric(content, NOW));
    assertEquals(key, refused.messageKey());
    return refused;
  }
}
