package app.coachroom.testing;

import app.coachroom.assignment.application.AssignmentInput;
import app.coachroom.assignment.domain.AssignmentKind;
import app.coachroom.assignment.domain.LatePolicy;
import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.questionbank.domain.AnswerMedia;
import app.coachroom.questionbank.domain.Difficulty;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.rubric.domain.RubricContent.Criterion;
import app.coachroom.rubric.domain.RubricContent.Level;
import app.coachroom.shared.domain.InterviewStage;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Small, valid authoring content for tests that need a question or a rubric to exist. */
public final class SampleContent {
  private SampleContent() {}

  /** A behavioural question (graded by a rubric, answered in STAR form). */
  public static QuestionContent behavioural(String title) {
    return question(QuestionKind.BEHAVIOURAL, title, "Use the STAR form.", List.of());
  }

  /** A single-answer multiple-choice question whose first option is correct (scored on submit). */
  public static QuestionContent multipleChoice(String title) {
    return question(
        QuestionKind.MULTIPLE_CHOICE,
        title,
        "Which one?",
        List.of(
            new QuestionContent.Choice("Right", true), new QuestionContent.Choice("Wrong", false)));
  }

  /** A technical question answered in free text (graded by a rubric). */
  public static QuestionContent technicalText(String title) {
    return question(QuestionKind.TECHNICAL_TEXT, title, "Explain.", List.of());
  }

  /** A spoken question answered by an audio recording (graded by a rubric). */
  public static QuestionContent spokenAudio(String title) {
    return question(QuestionKind.SPOKEN, title, "Tell us.", List.of());
  }

  private static QuestionContent question(
      QuestionKind kind, String title, String prompt, List<QuestionContent.Choice> choices) {
    return new QuestionContent(
        kind,
        title,
        prompt,
        kind == QuestionKind.BEHAVIOURAL
            ? InterviewStage.BEHAVIOURAL
            : InterviewStage.TECHNICAL_SCREEN,
        Difficulty.MEDIUM,
        null,
        null,
        null,
        false,
        choices,
        kind == QuestionKind.SPOKEN ? AnswerMedia.AUDIO : null,
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

  /**
   * An interview assignment of a published template, opened an hour ago (whole minutes, UTC) and
   * due in two days, without grace minutes.
   */
  public static AssignmentInput interviewOpenNow(
      String templateId, int attemptsAllowed, LatePolicy policy, ResultRelease release) {
    return interviewOpenNow(templateId, attemptsAllowed, policy, release, false);
  }

  /** Like {@link #interviewOpenNow(String, int, LatePolicy, ResultRelease)}, maybe anonymous. */
  public static AssignmentInput interviewOpenNow(
      String templateId,
      int attemptsAllowed,
      LatePolicy policy,
      ResultRelease release,
      boolean anonymous) {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    return new AssignmentInput(
        AssignmentKind.INTERVIEW,
        templateId,
        now.minusHours(1),
        now.plusDays(2),
        attemptsAllowed,
        policy,
        0,
        release,
        anonymous);
  }
}
