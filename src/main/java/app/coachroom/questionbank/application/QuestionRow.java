package app.coachroom.questionbank.application;

import app.coachroom.questionbank.domain.Difficulty;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.shared.domain.InterviewStage;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One line of the question bank list. */
public record QuestionRow(
    String id,
    QuestionKind kind,
    String title,
    InterviewStage stage,
    Difficulty difficulty,
    List<String> competencies,
    boolean archived,
    Instant updatedAt,
    long version)
    implements Serializable {

  /** The competency names as one comma-separated text. */
  public String competencyList() {
    return String.join(", ", competencies);
  }
}
