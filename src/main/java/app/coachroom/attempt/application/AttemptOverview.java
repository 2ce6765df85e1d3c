package app.coachroom.attempt.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.assignment.application.AssignmentView;
import app.coachroom.assignment.application.StudentTiming;
import app.coachroom.attempt.domain.Attempt;
import app.coachroom.attempt.domain.Progress;
import app.coachroom.attempt.domain.QuestionTime;
import app.coachroom.attempt.infrastructure.AttemptRepository;
import app.coachroom.identity.RequiresRole;
import app.coachroom.interviewtemplate.application.FrozenInterview;
import app.coachroom.interviewtemplate.application.FrozenInterviews;
import app.coachroom.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The coach's view of an assigned interview: every student of the cohort with their state (not
 * started, in progress, submitted, late, missed) and the counts per state. Two queries whatever the
 * number of students: the roster with timings, and the attempts.
 */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH})
public class AttemptOverview {
  @Inject AssignmentService assignments;
  @Inject AttemptRepository attempts;
  @Inject FrozenInterviews interviews;
  @Inject Clock clock;

  /** An interview assignment's progress; a missing ID (a page opened without it) is not found. */
  public AssignmentProgress progress(String assignmentId) {
    AssignmentView assignment = assignments.find(assignmentId);
    if (!assignment.isInterview()) {
      throw new NotFoundException("Interview assignment", assignmentId);
    }
    Map<String, List<Attempt>> bySubject =
        attempts.forAssignment(assignmentId).stream()
            .collect(Collectors.groupingBy(Attempt::subject));
    Instant now = clock.instant();
    Duration grace = Duration.ofMinutes(assignment.graceMinutes());
    List<ProgressRow> rows =
        assignments.students(assignmentId).stream()
            .map(
                s -> row(s, assignment, grace, bySubject.getOrDefault(s.subject(), List.of()), now))
            .toList();
    return new AssignmentProgress(
        assignment.id(), assignment.title(), assignment.hidesIdentities(), rows);
  }

  /**
   * A handed-in attempt of the bootcamp, for its review; one in progress is not found. The attempt
   * stays locked to the end of the caller's transaction, so grading steps on one attempt take turns
   * (two coaches opening it first at the same moment begin one review, not two).
   *
   * <p>A missing ID is an unknown one (a page opened without it): not found.
   */
  public HandedInAttempt handedIn(String attemptId) {
    Attempt attempt =
        attempts
            .locked(attemptId)
            .filter(Attempt::isSubmitted)
            .orElseThrow(() -> new NotFoundException("Attempt", attemptId));
    Map<Integer, Integer> auto =
        attempts.autoPoints(attemptId).stream()
            .collect(Collectors.toMap(r -> (Integer) r[0], r -> (Integer) r[1]));
    return HandedInAttempt.of(attempt, auto);
  }

  /**
   * Every question of a handed-in attempt of the bootcamp with its answer and automatic points, as
   * its reviewer reads them (the question as the student saw it; correct choices are the grading
   * sheet's business).
   */
  public List<AttemptRecord.Entry> answers(@NotNull String attemptId) {
    Attempt attempt =
        attempts
            .find(attemptId)
            .filter(Attempt::isSubmitted)
            .orElseThrow(() -> new NotFoundException("Attempt", attemptId));
    FrozenInterview interview = interviews.version(attempt.templateVersionId());
    List<QuestionTime> times = Sittings.times(interview, attempt.timeMultiplier());
    return AttemptRecord.entries(
        attempts,
        attemptId,
        IntStream.range(0, times.size())
            .mapToObj(i -> QuestionView.of(i, interview.items().get(i), times.get(i)))
            .toList(),
        true);
  }

  /**
   * While the assignment hides identities a late hand-in shows as handed in: lateness here would
   * help tell whose attempt is whose.
   */
  private static Progress shown(Progress progress, boolean anonymous) {
    return anonymous && progress == Progress.LATE ? Progress.SUBMITTED : progress;
  }

  private static ProgressRow row(
      StudentTiming student,
      AssignmentView assignment,
      Duration grace,
      List<Attempt> mine,
      Instant now) {
    Instant due = student.extended() ? student.extendedDueAt() : assignment.dueAt();
    Attempt last = mine.stream().max(Comparator.comparingInt(Attempt::number)).orElse(null);
    boolean hidden = assignment.hidesIdentities();
    return new ProgressRow(
        student.subject(),
        student.name(),
        hidden ? assignment.dueAt() : due, // an extended due time would tell whose attempt is late
        // judged by the assignment's own due time while hidden: "missed" against "not started"
        // would tell who has an extension
        shown(Progress.of(mine, (hidden ? assignment.dueAt() : due).plus(grace), now), hidden),
        hidden ? 0 : mine.size(),
        last == null || hidden ? null : last.submittedAt());
  }
}
