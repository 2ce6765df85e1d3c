package app.coachroom.testing;

import app.coachroom.questionbank.domain.Difficulty;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.rubric.domain.RubricContent.Criterion;
import app.coachroom.rubric.domain.RubricContent.Level;
import app.coachroom.shared.domain.InterviewStage;
import java.util.List;

/** Small, valid authoring content for tests that need a question or a rubric to exist. */
public final class SampleContent {
  private SampleContent() {}

  /** A behavioural question (graded by a rubric, answered in STAR form). */
  public static QuestionContent behavioural(String title) {
    return new QuestionContent(
        QuestionKind.BEHAVIOURAL,
        title,
        "Use the STAR form.",
        InterviewStage.BEHAVIOURAL,
        Difficulty.MEDIUM,
        null,
        null,
        null,
        false,
        List.of(),
        null,
        List.of());
  }

  /** A rubric with one criterion and two levels. */
  public static RubricContent rubric(String title) {
    return new RubricContent(
        title,
        null,
        List.of(
            new Criterion(
                "Clarity", null, null, List.of(new Level(3, "Clear"), new Level(0, "Unclear")))));
  }
}
