package app.coachroom.questionbank.domain;

import app.coachroom.shared.domain.InterviewStage;
import java.io.Serializable;
import java.util.List;

/**
 * Everything a coach writes in a question, as typed. {@link Question} checks it and keeps only the
 * fields its kind uses.
 *
 * @param competencyIds the competencies to tag it with (checked against the tenant by the service)
 * @param diagramId the stored diagram a system-design question shows, or null
 */
public record QuestionContent(
    QuestionKind kind,
    String title,
    String prompt,
    InterviewStage stage,
    Difficulty difficulty,
    CodingLanguage language,
    String starterCode,
    String referenceSolution,
    boolean severalCorrect,
    List<Choice> choices,
    AnswerMedia answerMedia,
    List<String> competencyIds,
    String diagramId)
    implements Serializable {

  public QuestionContent {
    choices = choices == null ? List.of() : List.copyOf(choices);
    competencyIds = competencyIds == null ? List.of() : List.copyOf(competencyIds);
  }

  /** Content without a diagram. */
  public QuestionContent(
      QuestionKind kind,
      String title,
      String prompt,
      InterviewStage stage,
      Difficulty difficulty,
      CodingLanguage language,
      String starterCode,
      String referenceSolution,
      boolean severalCorrect,
      List<Choice> choices,
      AnswerMedia answerMedia,
      List<String> competencyIds) {
    this(
        kind,
        title,
        prompt,
        stage,
        difficulty,
        language,
        starterCode,
        referenceSolution,
        severalCorrect,
        choices,
        answerMedia,
        competencyIds,
        null);
  }

  /**
   * The content without its answer key: no reference solution, no choice marked correct (for
   * someone who takes an interview asking this question).
   */
  public QuestionContent withoutAnswerKey() {
    return new QuestionContent(
        kind,
        title,
        prompt,
        stage,
        difficulty,
        language,
        starterCode,
        null,
        severalCorrect,
        choices.stream().map(c -> new Choice(c.text(), false)).toList(),
        answerMedia,
        competencyIds,
        diagramId);
  }

  /** The same content showing another diagram (null for none). */
  public QuestionContent withDiagramId(String newDiagramId) {
    return new QuestionContent(
        kind,
        title,
        prompt,
        stage,
        difficulty,
        language,
        starterCode,
        referenceSolution,
        severalCorrect,
        choices,
        answerMedia,
        competencyIds,
        newDiagramId);
  }

  /** One option of a multiple-choice question. */
  public record Choice(String text, boolean correct) implements Serializable {}
}
