package app.coachroom.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.questionbank.domain.AnswerMedia;
import app.coachroom.questionbank.domain.CodingLanguage;
import app.coachroom.questionbank.domain.Difficulty;
import app.coachroom.questionbank.domain.Question;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionContent.Choice;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.RuleViolationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules every question kind follows, without a server. */
class QuestionTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void titleAndPromptAreStrippedAndRequired() {
    Question question = new Question(content(QuestionKind.TECHNICAL_TEXT), NOW);
    assertEquals("SQL or NoSQL", question.title());

    assertRefused("title", "question.title.required", withTitle("   "));
    assertRefused("title", "question.title.tooLong", withTitle("x".repeat(201)));
    assertRefused(
        "prompt", "question.prompt.required", with(QuestionKind.TECHNICAL_TEXT, " ", List.of()));
  }

  @Test
  void codingNeedsALanguageAndKeepsCodeIndentationExactly() {
    String starter = "    int x = 1;\r\n\tpublic void f() {}\n";
    Question question =
        new Question(
            new QuestionContent(
                QuestionKind.CODING,
                "Reverse a list",
                "Reverse it in place.",
                InterviewStage.TECHNICAL_SCREEN,
                Difficulty.EASY,
                CodingLanguage.JAVA,
                starter,
                "  solution",
                false,
                List.of(),
                null,
                List.of()),
            NOW);
    assertEquals("    int x = 1;\n\tpublic void f() {}\n", question.content().starterCode());
    assertEquals("  solution", question.content().referenceSolution());

    assertRefused(
        "language",
        "question.language.required",
        new QuestionContent(
            QuestionKind.CODING,
            "T",
            "P",
            InterviewStage.TECHNICAL_SCREEN,
            Difficulty.EASY,
            null,
            null,
            null,
            false,
            List.of(),
            null,
            List.of()));
  }

  @Test
  void multipleChoiceNeedsTwoDistinctChoicesAndACorrectOne() {
    assertRefused(
        "choices",
        "question.choices.tooFew",
        with(QuestionKind.MULTIPLE_CHOICE, "P", List.of(new Choice("Only", true))));
    assertRefused(
        "choices",
        "question.choices.noneCorrect",
        with(
            QuestionKind.MULTIPLE_CHOICE,
            "P",
            List.of(new Choice("A", false), new Choice("B", false))));
    assertRefused(
        "choices",
        "question.choices.duplicate",
        with(
            QuestionKind.MULTIPLE_CHOICE,
            "P",
            List.of(new Choice("A", true), new Choice(" a ", false))));
    assertRefused(
        "choices",
        "question.choices.oneCorrect",
        with(
            QuestionKind.MULTIPLE_CHOICE,
            "P",
            List.of(new Choice("A", true), new Choice("B", true))));
    assertRefused(
        "choices",
        "question.choices.tooMany",
        with(
            QuestionKind.MULTIPLE_CHOICE,
            "P",
            java.util.stream.IntStream.range(0, 11)
                .mapToObj(i -> new Choice("C" + i, i == 0))
                .toList()));
  }

  @Test
  void blankChoiceRowsAreDroppedAndSeveralCorrectNeedsTheFlag() {
    QuestionContent several =
        new QuestionContent(
            QuestionKind.MULTIPLE_CHOICE,
            "Idempotent methods",
            "Which HTTP methods are idempotent?",
            InterviewStage.TECHNICAL_SCREEN,
            Difficulty.MEDIUM,
            null,
            null,
            null,
            true,
            List.of(
                new Choice("PUT", true),
                new Choice("  ", false),
                new Choice("DELETE", true),
                new Choice("POST", false)),
            null,
            List.of());
    Question question = new Question(several, NOW);
    assertEquals(
        List.of(new Choice("PUT", true), new Choice("DELETE", true), new Choice("POST", false)),
        question.content().choices());
    assertTrue(question.content().severalCorrect());
  }

  @Test
  void changingTheKindDropsTheFieldsOfTheOldKind() {
    Question question =
        new Question(
            with(
                QuestionKind.MULTIPLE_CHOICE,
                "P",
                List.of(new Choice("A", true), new Choice("B", false))),
            NOW);
    question.revise(
        new QuestionContent(
            QuestionKind.SPOKEN,
            "Tell us",
            "Introduce yourself",
            InterviewStage.APPLICATION_SCREEN,
            Difficulty.EASY,
            CodingLanguage.JAVA,
            "code",
            "solution",
            true,
            List.of(new Choice("A", true)),
            AnswerMedia.VIDEO,
            List.of()),
        NOW);
    QuestionContent content = question.content();
    assertEquals(AnswerMedia.VIDEO, content.answerMedia());
    assertTrue(content.choices().isEmpty());
    assertNull(content.language());
    assertNull(content.starterCode());
    assertNull(content.referenceSolution());
    assertFalse(content.severalCorrect());
  }

  @Test
  void spokenNeedsAMediaAndTagsAreLimited() {
    assertRefused(
        "answerMedia",
        "question.answerMedia.required",
        new QuestionContent(
            QuestionKind.SPOKEN,
            "T",
            "P",
            InterviewStage.FINAL,
            Difficulty.EASY,
            null,
            null,
            null,
            false,
            List.of(),
            null,
            List.of()));
    List<String> eleven =
        java.util.stream.IntStream.range(0, 11)
            .mapToObj(i -> java.util.UUID.randomUUID().toString())
            .toList();
    assertRefused(
        "competencies",
        "question.competencies.tooMany",
        new QuestionContent(
            QuestionKind.TECHNICAL_TEXT,
            "T",
            "P",
            InterviewStage.FINAL,
            Difficulty.EASY,
            null,
            null,
            null,
            false,
            List.of(),
            null,
            eleven));
  }

  @Test
  void aCopyHasTheSameContentUnderAnotherTitle() {
    Question original =
        new Question(
            with(
                QuestionKind.MULTIPLE_CHOICE,
                "P",
                List.of(new Choice("A", true), new Choice("B", false))),
            NOW);
    original.archive(NOW);
    Question copy = original.copy("Copy of " + "y".repeat(300), NOW);
    assertEquals(200, copy.title().length());
    assertEquals(original.content().choices(), copy.content().choices());
    assertFalse(copy.isArchived());
  }

  private static QuestionContent content(QuestionKind kind) {
    return with(kind, "Compare SQL and NoSQL databases for an order service.", List.of());
  }

  private static QuestionContent withTitle(String title) {
    return new QuestionContent(
        QuestionKind.TECHNICAL_TEXT,
        title,
        "P",
        InterviewStage.TECHNICAL_INTERVIEW,
        Difficulty.MEDIUM,
        null,
        null,
        null,
        false,
        List.of(),
        null,
        List.of());
  }

  private static QuestionContent with(QuestionKind kind, String prompt, List<Choice> choices) {
    return new QuestionContent(
        kind,
        "  SQL or NoSQL ",
        prompt,
        InterviewStage.TECHNICAL_INTERVIEW,
        Difficulty.MEDIUM,
        null,
        null,
        null,
        false,
        choices,
        null,
        List.of());
  }

  private static void assertRefused(String field, String key, QuestionContent content) {
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> new Question(content, NOW));
    assertEquals(key, refused.messageKey());
    assertEquals(field, refused.field());
  }
}
