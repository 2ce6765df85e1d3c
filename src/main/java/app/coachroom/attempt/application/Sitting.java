package app.coachroom.attempt.application;

import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.attempt.domain.Attempt;
import app.coachroom.attempt.domain.Moment;
import app.coachroom.attempt.domain.QuestionTime;
import app.coachroom.interviewtemplate.application.FrozenInterview;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionKind;
import java.util.List;

/**
 * One attempt, locked and caught up with the clock, with everything a call needs about it: its
 * assignment's title and result release, the frozen interview, the student's times and where the
 * clock stands.
 */
record Sitting(
    Attempt attempt,
    String title,
    ResultRelease release,
    FrozenInterview interview,
    List<QuestionTime> times,
    Moment moment) {

  QuestionView question(int at) {
    return QuestionView.of(at, interview.items().get(at), times.get(at));
  }

  QuestionContent content(int at) {
    return interview.items().get(at).question();
  }

  QuestionKind kind(int at) {
    return content(at).kind();
  }

  int questionCount() {
    return times.size();
  }
}
