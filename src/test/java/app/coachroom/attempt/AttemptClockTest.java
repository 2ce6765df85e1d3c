package app.coachroom.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.assignment.domain.Deadline;
import app.coachroom.assignment.domain.LatePolicy;
import app.coachroom.attempt.domain.Answer;
import app.coachroom.attempt.domain.AnswerInput;
import app.coachroom.attempt.domain.AnswerJson;
import app.coachroom.attempt.domain.AnswerRules;
import app.coachroom.attempt.domain.Attempt;
import app.coachroom.attempt.domain.Moment;
import app.coachroom.attempt.domain.Phase;
import app.coachroom.attempt.domain.Progress;
import app.coachroom.attempt.domain.QuestionTime;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.shared.domain.RuleViolationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server's clock of an attempt, answer revisions and multiple-choice scoring. */
class AttemptClockTest {
  private static final Instant T0 = Instant.parse("2027-03-01T09:00:00Z");
  private static final List<QuestionTime> TIMES =
      List.of(new QuestionTime(60, 300), new QuestionTime(0, 120), new QuestionTime(30, 60));

  private static Attempt attempt(int overallSeconds, LatePolicy policy, Instant due) {
    return Attempt.begin(
        "assignment",
        "student",
        1,
        "version",
        BigDecimal.ONE,
        overallSeconds,
        new Deadline(T0.minusSeconds(3600), due, policy, Duration.ZERO),
        T0);
  }

  private static Attempt attempt() {
    return attempt(3600, LatePolicy.ACCEPT_LATE, T0.plusSeconds(86_400));
  }

  @Test
  void questionsComeOneAtATimeWithPreparationThenAnswerTime() {
    Attempt a = attempt();
    Moment prep = a.at(TIMES, T0.plusSeconds(10));
    assertEquals(Phase.PREPARING, prep.phase());
    assertEquals(0, prep.position());
    assertEquals(50, prep.phaseSecondsLeft());

    Moment answering = a.at(TIMES, T0.plusSeconds(60));
    assertEquals(Phase.ANSWERING, answering.phase());
    assertEquals(300, answering.phaseSecondsLeft());
    assertEquals(3600 - 60, answering.secondsLeft());
  }

  @Test
  void aQuestionWhoseTimeRanOutIsLeftBehindEvenWhileNobodyWasThere() {
    Attempt a = attempt();
    // away for 361 s: question 1 (60 + 300) is over; question 2 has no preparation
    Moment m = a.catchUp(TIMES, T0.plusSeconds(361));
    assertEquals(1, m.position());
    assertEquals(Phase.ANSWERING, m.phase());
    assertEquals(119, m.phaseSecondsLeft());
    assertEquals(1, a.position());

    // away long enough for every question: the review, while overall time is left
    Moment review = a.catchUp(TIMES, T0.plusSeconds(361 + 120 + 90));
    assertEquals(Phase.REVIEWING, review.phase());
    assertEquals(3, review.position());
  }

  @Test
  void overallTimeEndsEverythingAndTheAttemptIsHandedInAtItsEnd() {
    Attempt a = attempt(200, LatePolicy.ACCEPT_LATE, T0.plusSeconds(86_400));
    Moment inside = a.at(TIMES, T0.plusSeconds(150));
    assertEquals(50, inside.phaseSecondsLeft(), "the question's phase is cut at the overall end");
    Moment over = a.at(TIMES, T0.plusSeconds(200));
    assertEquals(Phase.TIME_UP, over.phase());

    a.submit(T0.plusSeconds(5000), 1, 2);
    assertTrue(a.isSubmitted());
    assertEquals(T0.plusSeconds(200), a.submittedAt(), "handed in when the time ran out");
    assertEquals(Phase.SUBMITTED, a.at(TIMES, T0.plusSeconds(201)).phase());
  }

  @Test
  void startingToAnswerEarlyAndMovingOnAreIdempotent() {
    Attempt a = attempt();
    Moment m = a.startAnswering(0, TIMES, T0.plusSeconds(5));
    assertEquals(Phase.ANSWERING, m.phase());
    assertEquals(300, m.phaseSecondsLeft());
    assertEquals(m, a.startAnswering(0, TIMES, T0.plusSeconds(5)));

    Moment next = a.moveOn(0, TIMES, T0.plusSeconds(100));
    assertEquals(1, next.position());
    assertEquals(120, next.phaseSecondsLeft());
    Moment repeated = a.moveOn(0, TIMES, T0.plusSeconds(101));
    assertEquals(1, repeated.position(), "a repeated move-on does not skip a question");
  }

  @Test
  void whenLateWorkIsRefusedTheAttemptEndsAtTheCutOff() {
    Attempt a = attempt(3600, LatePolicy.REFUSE, T0.plusSeconds(600));
    assertEquals(T0.plusSeconds(600), a.endsAt());
    a.submit(T0.plusSeconds(900), 0, 0);
    assertFalse(a.isLate(), "handed in by the clock at the cut-off, on time");

    Attempt late = attempt(3600, LatePolicy.ACCEPT_LATE, T0.plusSeconds(600));
    assertEquals(T0.plusSeconds(3600), late.endsAt());
    late.submit(T0.plusSeconds(900), 0, 0);
    assertTrue(late.isLate());
  }

  @Test
  void aStaleTabCannotOverwriteANewerAnswerButARepeatedSaveIsAccepted() {
    Answer answer = new Answer("attempt", 0, "first", T0);
    assertTrue(answer.replace(1, "second", T0.plusSeconds(5)));
    assertEquals(2, answer.revision());
    assertTrue(answer.replace(1, "second", T0.plusSeconds(6)), "the same save repeated");
    assertEquals(2, answer.revision());
    assertFalse(answer.replace(1, "older tab", T0.plusSeconds(7)));
    assertEquals("second", answer.body());
  }

  @Test
  void answersMustFitTheQuestion() {
    QuestionContent single = choice(false);
    assertEquals("[1]", AnswerRules.body(single, new AnswerInput.Choices(List.of(1))));
    assertRefused(
        "attempt.answer.oneChoice",
        () -> AnswerRules.body(single, new AnswerInput.Choices(List.of(0, 1))));
    assertRefused(
        "attempt.answer.noSuchChoice",
        () -> AnswerRules.body(single, new AnswerInput.Choices(List.of(7))));
    assertRefused(
        "attempt.answer.wrongKind", () -> AnswerRules.body(single, new AnswerInput.Text("x")));
    QuestionContent text = question(QuestionKind.TECHNICAL_TEXT, List.of(), false);
    assertRefused(
        "attempt.answer.tooLong",
        () -> AnswerRules.body(text, new AnswerInput.Text("x".repeat(AnswerRules.TEXT_MAX + 1))));
    QuestionContent star = question(QuestionKind.BEHAVIOURAL, List.of(), false);
    String body = AnswerRules.body(star, new AnswerInput.Star("S \"quoted\"", "T", "", "R"));
    assertEquals(new AnswerInput.Star("S \"quoted\"", "T", "", "R"), AnswerJson.star(body));
  }

  @Test
  void multipleChoiceScoresOnlyTheExactSetOfCorrectOptions() {
    QuestionContent several = choice(true);
    assertEquals(1, AnswerRules.points(several, "[0,2]"));
    assertEquals(0, AnswerRules.points(several, "[0]"));
    assertEquals(0, AnswerRules.points(several, "[0,1,2]"));
    assertEquals(0, AnswerRules.points(several, null));
  }

  @Test
  void aStudentsProgressComesFromTheirAttempts() {
    Instant lateAfter = T0.plusSeconds(86_400);
    assertEquals(Progress.NOT_STARTED, Progress.of(List.of(), lateAfter, T0));
    assertEquals(Progress.MISSED, Progress.of(List.of(), lateAfter, lateAfter));
    Attempt running = attempt();
    assertEquals(Progress.IN_PROGRESS, Progress.of(List.of(running), lateAfter, T0.plusSeconds(5)));
    assertEquals(
        Progress.SUBMITTED,
        Progress.of(List.of(running), lateAfter, T0.plusSeconds(3600)),
        "an attempt whose time ran out counts as handed in at its end");
    Attempt late = attempt(3600, LatePolicy.ACCEPT_LATE, T0.plusSeconds(60));
    late.submit(T0.plusSeconds(600), 0, 0);
    assertEquals(
        Progress.LATE, Progress.of(List.of(late), T0.plusSeconds(60), T0.plusSeconds(700)));
    Attempt onTime = attempt(3600, LatePolicy.ACCEPT_LATE, T0.plusSeconds(60));
    onTime.submit(T0.plusSeconds(30), 0, 0);
    assertEquals(
        Progress.SUBMITTED,
        Progress.of(List.of(late, onTime), T0.plusSeconds(60), T0.plusSeconds(700)),
        "one attempt handed in on time is enough");
  }

  private static QuestionContent choice(boolean several) {
    return question(
        QuestionKind.MULTIPLE_CHOICE,
        List.of(
            new QuestionContent.Choice("A", true),
            new QuestionContent.Choice("B", false),
            new QuestionContent.Choice("C", several)),
        several);
  }

  private static QuestionContent question(
      QuestionKind kind, List<QuestionContent.Choice> choices, boolean several) {
    return new QuestionContent(
        kind, "Q", "P", null, null, null, null, null, several, choices, null, List.of());
  }

  private static void assertRefused(String key, Runnable action) {
    RuleViolationException e = assertThrows(RuleViolationException.class, action::run);
    assertEquals(key, e.messageKey());
  }
}
