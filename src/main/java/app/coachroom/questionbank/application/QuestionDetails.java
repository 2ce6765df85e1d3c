package app.coachroom.questionbank.application;

import app.coachroom.questionbank.domain.Question;
import app.coachroom.questionbank.domain.QuestionContent;
import java.io.Serializable;

/** A whole question for its editor; the version guards against overwriting a newer edit. */
public record QuestionDetails(String id, long version, boolean archived, QuestionContent content)
    implements Serializable {

  static QuestionDetails of(Question question) {
    return new QuestionDetails(
        question.id(), question.version(), question.isArchived(), question.content());
  }
}
