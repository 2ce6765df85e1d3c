package app.coachroom.interviewtemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.coachroom.questionbank.domain.AnswerMedia;
import app.coachroom.questionbank.domain.CodingLanguage;
import app.coachroom.questionbank.domain.Difficulty;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionJson;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.rubric.domain.RubricJson;
import app.coachroom.shared.domain.InterviewStage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The frozen copies a published template keeps read back exactly as they were written. */
class SnapshotJsonTest {

  @Test
  void aCodingQuestionKeepsItsCodeByteForByte() {
    QuestionContent coding =
        new QuestionContent(
            QuestionKind.CODING,
            "Reverse \"words\" — ünïcode",
            "Write it.\n\nTabs\tand \\ backslashes.",
            InterviewStage.TECHNICAL_SCREEN,
            Difficulty.MEDIUM,
            CodingLanguage.JAVA,
            "class A {\n\tvoid f() {\n    }\n}\n",
            "  return \"x\";\n",
            false,
            List.of(),
            null,
            List.of("c1", "c2"));
    assertEquals(coding, QuestionJson.read(QuestionJson.write(coding)));
  }

  @Test
  void multipleChoiceAndSpokenQuestionsRoundTrip() {
    QuestionContent choice =
        new QuestionContent(
            QuestionKind.MULTIPLE_CHOICE,
            "Which are idempotent?",
            "Pick all.",
            InterviewStage.TECHNICAL_SCREEN,
            Difficulty.EASY,
            null,
            null,
            null,
            true,
            List.of(
                new QuestionContent.Choice("GET", true), new QuestionContent.Choice("POST", false)),
            null,
            List.of());
    assertEquals(choice, QuestionJson.read(QuestionJson.write(choice)));
    QuestionContent spoken =
        new QuestionContent(
            QuestionKind.SPOKEN,
            "Tell me about yourself",
            "Two minutes.",
            InterviewStage.APPLICATION_SCREEN,
            Difficulty.EASY,
            null,
            null,
            null,
            false,
            List.of(),
            AnswerMedia.VIDEO,
            List.of());
    assertEquals(spoken, QuestionJson.read(QuestionJson.write(spoken)));
  }

  @Test
  void aRubricRoundTrips() {
    RubricContent star =
        new RubricContent(
            "STAR",
            null,
            List.of(
                new RubricContent.Criterion(
                    "Situation",
                    "Sets the scene",
                    "c1",
                    List.of(
                        new RubricContent.Level(2, "clear"), new RubricContent.Level(0, "none"))),
                new RubricContent.Criterion(
                    "Result",
                    null,
                    null,
                    List.of(
                        new RubricContent.Level(5, "measured"),
                        new RubricContent.Level(1, "vague")))));
    assertEquals(star, RubricJson.read(RubricJson.write(star)));
  }
}
