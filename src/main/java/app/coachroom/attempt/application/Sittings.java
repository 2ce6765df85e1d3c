package app.coachroom.attempt.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;

import app.coachroom.assignment.application.AssignmentTerms;
import app.coachroom.assignment.application.MyAssignments;
import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.assignment.domain.TimeAllowance;
import app.coachroom.attempt.domain.Answer;
import app.coachroom.attempt.domain.AnswerJson;
import app.coachroom.attempt.domain.AnswerRules;
import app.coachroom.attempt.domain.Attempt;
import app.coachroom.attempt.domain.Moment;
import app.coachroom.attempt.domain.Phase;
import app.coachroom.attempt.domain.QuestionTime;
import app.coachroom.attempt.domain.Recording;
import app.coachroom.attempt.infrastructure.AttemptRepository;
import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.interviewtemplate.application.FrozenInterview;
import app.coachroom.interviewtemplate.application.FrozenInterviews;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Opens the caller's own attempts for the attempt services: locked, caught up with the server's
 * clock, and handed in first if the overall time ran out. Another person's attempt is not found.
 */
@ApplicationScoped
@Transactional
@RequiresRole(STUDENT)
public class Sittings {
  @Inject AttemptRepository attempts;
  @Inject MyAssignments assignments;
  @Inject FrozenInterviews interviews;
  @Inject Caller caller;
  @Inject Clock clock;

  /**
   * The caller's attempt. Working on it needs the student still on the roster of the assignment's
   * active cohort (a student taken off it is refused at once); reading a handed-in attempt later
   * does not.
   */
  Sitting open(String attemptId, boolean toWork) {
    Attempt attempt =
        attempts
            .locked(attemptId)
            .filter(a -> a.subject().equals(caller.subject()))
            .orElseThrow(() -> new NotFoundException("Attempt", attemptId));
    String title;
    ResultRelease release;
    if (toWork || !attempt.isSubmitted()) {
      AssignmentTerms terms = assignments.terms(attempt.assignmentId());
      title = terms.title();
      release = terms.release();
    } else {
      Object[] facts = attempts.titleAndRelease(attempt.assignmentId());
      title = (String) facts[0];
      release = (ResultRelease) facts[1];
    }
    return caughtUp(attempt, title, release);
  }

  /**
   * The caller's attempt, to change what is saved for the question at {@code position}: refused
   * (naming {@code field}) once handed in, and unless that question's answer time runs now.
   */
  Sitting answering(String attemptId, int position, String field) {
    Sitting s = open(attemptId, true);
    if (position < 0 || position >= s.questionCount()) {
      throw new NotFoundException("Question", String.valueOf(position));
    }
    if (s.attempt().isSubmitted()) {
      throw new RuleViolationException(field, "attempt.save.submitted");
    }
    if (s.moment().phase() != Phase.ANSWERING || s.moment().position() != position) {
      throw new RuleViolationException(
          field,
          position > s.moment().position() ? "attempt.save.notYet" : "attempt.save.questionOver");
    }
    return s;
  }

  /**
   * The IDs of up to {@code max} attempts of the acting tenant still in progress whose overall time
   * is over, oldest end first: for the job that hands them in when nobody opens them again.
   */
  @RequiresRole(COACH)
  @Transactional(TxType.REQUIRES_NEW)
  public List<String> timeUpIds(int max) {
    return attempts.timeUpIds(now(), max);
  }

  /**
   * Hands in an attempt of the acting tenant, whoever's, if its overall time is over and nobody has
   * handed it in yet; returns whether this call did. Exactly what opening it would do: the lock
   * makes the job, a second server and the student's own request take turns.
   */
  @RequiresRole(COACH)
  @Transactional(TxType.REQUIRES_NEW)
  public boolean handInIfTimeUp(String attemptId) {
    Attempt attempt = attempts.locked(attemptId).orElse(null);
    if (attempt == null || attempt.isSubmitted()) {
      return false;
    }
    Object[] facts = attempts.titleAndRelease(attempt.assignmentId());
    return caughtUp(attempt, (String) facts[0], (ResultRelease) facts[1]).attempt().isSubmitted();
  }

  /** The locked attempt caught up with the clock, handed in first if its overall time is over. */
  private Sitting caughtUp(Attempt attempt, String title, ResultRelease release) {
    FrozenInterview interview = interviews.version(attempt.templateVersionId());
    List<QuestionTime> times = times(interview, attempt.timeMultiplier());
    Instant now = now();
    Moment moment = attempt.catchUp(times, now);
    Sitting sitting = new Sitting(attempt, title, release, interview, times, moment);
    if (moment.phase() == Phase.TIME_UP) {
      handIn(sitting, now);
      return new Sitting(attempt, title, release, interview, times, attempt.at(times, now));
    }
    return sitting;
  }

  /**
   * Hands the attempt in, scoring its multiple-choice questions. A recording still arriving when
   * the time ran out becomes the answer with what arrived without a gap, unless a finished take was
   * saved already.
   */
  void handIn(Sitting s, Instant now) {
    for (Recording recording : attempts.recordings(s.attempt().id())) {
      if (recording.isComplete()) {
        continue;
      }
      var saved = attempts.answer(s.attempt().id(), recording.position());
      int arrived =
          RecordedAnswers.unbroken(attempts.chunkNumbers(recording.id(), recording.take()));
      if (saved.isEmpty() && arrived > 0) {
        RecordedAnswers.keep(attempts, recording, arrived, now);
      } else {
        // the unfinished take leaves no orphan chunks behind
        int savedTake =
            saved
                .flatMap(a -> AnswerJson.recorded(a.body()))
                .map(AnswerJson.Recorded::take)
                .orElse(0);
        attempts.deleteChunksBut(recording.id(), savedTake, Integer.MAX_VALUE);
      }
    }
    Map<Integer, Answer> saved =
        attempts.answers(s.attempt().id()).stream()
            .collect(Collectors.toMap(Answer::position, Function.identity()));
    int points = 0;
    int max = 0;
    for (int i = 0; i < s.questionCount(); i++) {
      var question = s.content(i);
      if (AnswerRules.autoScored(question)) {
        Answer answer = saved.get(i);
        int gained = AnswerRules.points(question, answer == null ? null : answer.body());
        if (answer != null) {
          answer.score(gained, 1);
        }
        points += gained;
        max += 1;
      }
    }
    s.attempt().submit(now, points, max);
  }

  /**
   * Now, to the whole second, so a stored instant reads back equal on every database (with MariaDB
   * 10.x, Connector/J sends no fractional seconds; see docs/architecture.md, contributor notes).
   */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /** Each question's times with the student's extra time. */
  static List<QuestionTime> times(FrozenInterview interview, BigDecimal multiplier) {
    return interview.items().stream()
        .map(
            item ->
                new QuestionTime(
                    TimeAllowance.scaled(item.prepSeconds(), multiplier),
                    TimeAllowance.scaled(item.answerSeconds(), multiplier)))
        .toList();
  }
}
