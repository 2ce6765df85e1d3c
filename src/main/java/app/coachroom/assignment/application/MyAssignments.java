package app.coachroom.assignment.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.assignment.domain.Assignment;
import app.coachroom.assignment.domain.Deadline;
import app.coachroom.assignment.domain.Extension;
import app.coachroom.assignment.infrastructure.AssignmentRepository;
import app.coachroom.cohort.application.RosterService;
import app.coachroom.cohort.application.StudentPlace;
import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A student's dashboard: what the active cohorts they study in were given, with their own due times
 * (extensions included). Still-due work comes soonest first; past-due work separately.
 */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH, STUDENT})
public class MyAssignments {
  @Inject AssignmentRepository assignments;
  @Inject RosterService rosters;
  @Inject Caller caller;
  @Inject Clock clock;

  public List<MyAssignment> page(boolean past, int first, int size) {
    Map<String, String> cohorts = rosters.myActiveCohorts();
    Instant now = clock.instant();
    return assignments.mine(caller.subject(), cohorts.keySet(), past, now, first, size).stream()
        .map(row -> line((Assignment) row[0], (Instant) row[1], cohorts, now))
        .toList();
  }

  public long count(boolean past) {
    return assignments.countMine(
        caller.subject(), rosters.myActiveCohorts().keySet(), past, clock.instant());
  }

  /**
   * The terms on which the caller was given an assignment: only a student on the roster of its
   * (active) cohort was given it; anyone else is told it does not exist.
   *
   * <p>A missing ID is an unknown one (a page opened without it): not found.
   */
  public AssignmentTerms terms(String assignmentId) {
    Assignment a =
        assignments
            .find(assignmentId)
            .orElseThrow(() -> new NotFoundException("Assignment", assignmentId));
    StudentPlace place =
        rosters
            .myPlace(a.cohortId())
            .orElseThrow(() -> new NotFoundException("Assignment", assignmentId));
    Optional<Instant> extended =
        assignments.extension(a.id(), caller.subject()).map(Extension::dueAt);
    return new AssignmentTerms(
        a.id(),
        a.kind(),
        a.title(),
        a.templateVersionId(),
        place.cohortName(),
        a.deadline(extended),
        a.rules().attemptsAllowed(),
        a.rules().release(),
        place.timeMultiplier());
  }

  private static MyAssignment line(
      Assignment a, Instant extendedDue, Map<String, String> cohorts, Instant now) {
    Deadline deadline = a.deadline(Optional.ofNullable(extendedDue));
    return new MyAssignment(
        a.id(),
        a.kind(),
        a.title(),
        a.courseId(),
        cohorts.get(a.cohortId()),
        a.opensAt(),
        deadline.dueAt(),
        extendedDue != null,
        deadline.windowAt(now),
        deadline.timeLeft(now),
        a.rules().attemptsAllowed());
  }
}
