package app.coachroom.attempt.application;

import app.coachroom.attempt.domain.Answer;
import app.coachroom.attempt.domain.AnswerInput;
import app.coachroom.attempt.domain.AnswerRules;
import app.coachroom.questionbank.domain.QuestionKind;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A stored answer, read back by kind. Revision 0 means nothing was saved yet.
 *
 * @param points points scored automatically, once handed in (null otherwise or if not released)
 */
public record SavedAnswer(
    int revision,
    Instant savedAt,
    String text,
    AnswerInput.Star star,
    List<Integer> choices,
    Integer points,
    Integer maxPoints,
    String recordingType)
    implements Serializable {

  static SavedAnswer none(QuestionKind kind) {
    return new SavedAnswer(0, null, "", AnswerRules.readStar(null), List.of(), null, null, null);
  }

  static SavedAnswer of(QuestionKind kind, Answer answer, boolean showPoints) {
    String body = answer.body();
    return new SavedAnswer(
        answer.revision(),
        answer.savedAt(),
        takesText(kind) ? body : "",
        kind == QuestionKind.BEHAVIOURAL ? AnswerRules.readStar(body) : AnswerRules.readStar(null),
        kind == QuestionKind.MULTIPLE_CHOICE ? AnswerRules.readChoices(body) : List.of(),
        showPoints ? answer.points() : null,
        showPoints ? answer.maxPoints() : null,
        kind == QuestionKind.SPOKEN ? AnswerRules.readRecordingType(body) : null);
  }

  private static boolean takesText(QuestionKind kind) {
    return kind == QuestionKind.TECHNICAL_TEXT
        || kind == QuestionKind.SYSTEM_DESIGN
        || kind == QuestionKind.CODING;
  }

  /** Whether the answer is a recording, and of which kind. */
  public boolean isRecorded() {
    return recordingType != null;
  }

  public boolean isVideo() {
    return recordingType != null && recordingType.startsWith("video/");
  }

  public boolean isEmpty() {
    return revision == 0;
  }

  public boolean chose(int index) {
    return choices.contains(index);
  }
}
