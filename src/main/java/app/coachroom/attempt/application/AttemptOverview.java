package app.coachroom.attempt.application;

import static app.coachroom.tenancy.domain.Role.COACH;
import static app.coachroom.tenancy.domain.Role.TENANT_ADMIN;

import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.assignment.application.AssignmentView;
import app.coachroom.assignment.application.StudentTiming;
import app.coachroom.attempt.domain.Attempt;
import app.coachroom.attempt.domain.Progress;
import app.coachroom.attempt.infrastructure.AttemptRepository;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.tenancy.application.RequiresRole;
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
  @Inject Clock clock;

  public AssignmentProgress progress(@NotNull String assignmentId) {
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
    return new AssignmentProgress(assignment.id(), assignment.title(), rows);
  }

  /** A handed-in attempt of the bootcamp, for its review; one in progress is not found. */
  public HandedInAttempt handedIn(@NotNull String attemptId) {
    Attempt attempt =
        attempts
            .find(attemptId)
            .filter(Attempt::isSubmitted)
            .orElseThrow(() -> new NotFoundException("Attempt", attemptId));
    Map<Integer, Integer> auto =
        attempts.autoPoints(attemptId).stream()
            .collect(Collectors.toMap(r -> (Integer) r[0], r -> (Integer) r[1]));
    return new HandedInAttempt(
        attempt.id(),
        attempt.assignmentId(),
        attempt.subject(),
        attempt.number(),
        attempt.templateVersionId(),
        attempt.submittedAt(),
        attempt.isLate(),
        auto);
  }

  private static ProgressRow row(
      StudentTiming student,
      AssignmentView assignment,
      Duration grace,
      List<Attempt> mine,
      Instant now) {
    Instant due = student.extended() ? student.extendedDueAt() : assignment.dueAt();
    Attempt last = mine.stream().max(Comparator.comparingInt(Attempt::number)).orElse(null);
    return new ProgressRow(
        student.subject(),
        student.name(),
        due,
        Progress.of(mine, due.plus(grace), now),
        mine.size(),
        last == null ? null : last.id(),
        last == null ? null : last.submittedAt());
  }
}
