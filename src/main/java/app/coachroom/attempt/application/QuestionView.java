package app.coachroom.attempt.application;

import app.coachroom.attempt.domain.QuestionTime;
import app.coachroom.interviewtemplate.application.FrozenInterview;
import app.coachroom.questionbank.domain.AnswerMedia;
import app.coachroom.questionbank.domain.CodingLanguage;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionKind;
import java.io.Serializable;
import java.util.List;

/**
 * A question as a student sees it while sitting or reading an attempt: never its reference solution
 * nor which choices are correct. This record is the one place those are left out.
 *
 * @param position 0-based place in the interview
 * @param prepSeconds preparation time with the student's extra time
 * @param answerSeconds answer time with the student's extra time
 */
public record QuestionView(
    int position,
    QuestionKind kind,
    String title,
    String prompt,
    CodingLanguage language,
    String starterCode,
    List<String> choices,
    boolean severalCorrect,
    AnswerMedia answerMedia,
    boolean hasDiagram,
    int prepSeconds,
    int answerSeconds)
    implements Serializable {

  static QuestionView of(int position, FrozenInterview.Item item, QuestionTime time) {
    QuestionContent q = item.question();
    return new QuestionView(
        position,
        q.kind(),
        q.title(),
        q.prompt(),
        q.language(),
        q.starterCode(),
        q.choices().stream().map(QuestionContent.Choice::text).toList(),
        q.severalCorrect(),
        q.answerMedia(),
        q.diagramId() != null,
        time.prepSeconds(),
        time.answerSeconds());
  }

  /** The answer time in whole minutes, rounded up. */
  public int answerMinutes() {
    return (answerSeconds + 59) / 60;
  }

  public int number() {
    return position + 1;
  }

  public boolean isCoding() {
    return kind == QuestionKind.CODING;
  }

  public boolean isBehavioural() {
    return kind == QuestionKind.BEHAVIOURAL;
  }

  public boolean isMultipleChoice() {
    return kind == QuestionKind.MULTIPLE_CHOICE;
  }

  public boolean isSpoken() {
    return kind == QuestionKind.SPOKEN;
  }

  /** Answered in a text box with a diagram that may be uploaded. */
  public boolean isSystemDesign() {
    return kind == QuestionKind.SYSTEM_DESIGN;
  }

  /** Answered in a text box: technical text and system design. */
  public boolean isText() {
    return kind == QuestionKind.TECHNICAL_TEXT || kind == QuestionKind.SYSTEM_DESIGN;
  }

  /** The Monaco language ID for the editor's highlighting. */
  public String editorLanguage() {
    if (language == null) {
      return "plaintext";
    }
    return switch (language) {
      case JAVA -> "java";
      case KOTLIN -> "kotlin";
      case PYTHON -> "python";
      case JAVASCRIPT -> "javascript";
      case TYPESCRIPT -> "typescript";
      case GO -> "go";
      case CSHARP -> "csharp";
      case SQL -> "sql";
      case OTHER -> "plaintext";
    };
  }
}
