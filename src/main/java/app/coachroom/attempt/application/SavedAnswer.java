package app.coachroom.attempt.application;

import app.coachroom.attempt.domain.Answer;
import app.coachroom.attempt.domain.AnswerInput;
import app.coachroom.attempt.domain.AnswerJson;
import app.coachroom.attempt.domain.UploadedDiagram;
import app.coachroom.questionbank.domain.QuestionKind;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A stored answer, read back by kind. Revision 0 means nothing was saved yet.
 *
 * @param points points scored automatically, once handed in (null otherwise or if not released)
 * @param diagram the diagram uploaded with a system-design answer, or null
 */
public record SavedAnswer(
    int revision,
    Instant savedAt,
    String text,
    AnswerInput.Star star,
    List<Integer> choices,
    Integer points,
    Integer maxPoints,
    String recordingType,
    UploadedDiagram diagram)
    implements Serializable {

  static SavedAnswer none(QuestionKind kind, UploadedDiagram diagram) {
    return new SavedAnswer(
        0, null, "", AnswerJson.star(null), List.of(), null, null, null, diagram);
  }

  static SavedAnswer of(
      QuestionKind kind, Answer answer, boolean showPoints, UploadedDiagram diagram) {
    String body = answer.body();
    return new SavedAnswer(
        answer.revision(),
        answer.savedAt(),
        takesText(kind) ? body : "",
        AnswerJson.star(kind == QuestionKind.BEHAVIOURAL ? body : null),
        kind == QuestionKind.MULTIPLE_CHOICE ? AnswerJson.choices(body) : List.of(),
        showPoints ? answer.points() : null,
        showPoints ? answer.maxPoints() : null,
        kind == QuestionKind.SPOKEN
            ? AnswerJson.recorded(body).map(AnswerJson.Recorded::mediaType).orElse(null)
            : null,
        diagram);
  }

  private static boolean takesText(QuestionKind kind) {
    return kind == QuestionKind.TECHNICAL_TEXT
        || kind == QuestionKind.SYSTEM_DESIGN
        || kind == QuestionKind.CODING;
  }

  /** The answer without the time it was saved and with its diagram's file name made neutral. */
  SavedAnswer anonymized() {
    return new SavedAnswer(
        revision,
        null,
        text,
        star,
        choices,
        points,
        maxPoints,
        recordingType,
        diagram == null ? null : diagram.anonymized());
  }

  /** Whether the answer is a recording, and of which kind. */
  public boolean isRecorded() {
    return recordingType != null;
  }

  public boolean isVideo() {
    return recordingType != null && recordingType.startsWith("video/");
  }

  /** Nothing saved: no text or choice, and no diagram. */
  public boolean isEmpty() {
    return revision == 0 && diagram == null;
  }

  /** When the answer last changed: its text or choices, or its diagram; null if not known. */
  public Instant lastSavedAt() {
    if (diagram == null || diagram.uploadedAt() == null) {
      return savedAt;
    }
    return savedAt == null || diagram.uploadedAt().isAfter(savedAt)
        ? diagram.uploadedAt()
        : savedAt;
  }

  public boolean hasDiagram() {
    return diagram != null;
  }

  /** Whether anything was typed or chosen (a diagram alone leaves this false). */
  public boolean isWritten() {
    return revision > 0;
  }

  public boolean chose(int index) {
    return choices.contains(index);
  }
}
