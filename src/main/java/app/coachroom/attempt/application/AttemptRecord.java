package app.coachroom.attempt.application;

import app.coachroom.attempt.domain.Answer;
import app.coachroom.attempt.domain.UploadedDiagram;
import app.coachroom.attempt.infrastructure.AttemptRepository;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A whole attempt with every question and its saved answer: the review and the history page. */
public record AttemptRecord(AttemptRow attempt, ClockView clock, List<Entry> entries)
    implements Serializable {

  /**
   * Every question of an attempt with what was saved for it, read in two statements (answers and
   * diagrams).
   *
   * @param showPoints whether automatic points are shown
   */
  static List<Entry> entries(
      AttemptRepository attempts,
      String attemptId,
      List<QuestionView> questions,
      boolean showPoints) {
    Map<Integer, Answer> saved =
        attempts.answers(attemptId).stream()
            .collect(Collectors.toMap(Answer::position, Function.identity()));
    Map<Integer, UploadedDiagram> diagrams =
        attempts.uploadedDiagrams(attemptId).stream()
            .collect(Collectors.toMap(UploadedDiagram::position, Function.identity()));
    List<Entry> entries = new ArrayList<>();
    for (QuestionView question : questions) {
      Answer answer = saved.get(question.position());
      UploadedDiagram diagram = diagrams.get(question.position());
      entries.add(
          new Entry(
              question,
              answer == null
                  ? SavedAnswer.none(question.kind(), diagram)
                  : SavedAnswer.of(question.kind(), answer, showPoints, diagram)));
    }
    return entries;
  }

  /** One question and what was saved for it. */
  public record Entry(QuestionView question, SavedAnswer answer) implements Serializable {
    /**
     * The entry as an anonymous grader sees it: no time it was saved, no original file name, so
     * neither tells whose it is.
     */
    public Entry anonymized() {
      return new Entry(question, answer.anonymized());
    }
  }
}
