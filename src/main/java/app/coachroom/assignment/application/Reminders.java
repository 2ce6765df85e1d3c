package app.coachroom.assignment.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.assignment.domain.Assignment;
import app.coachroom.assignment.domain.AssignmentKind;
import app.coachroom.assignment.domain.Deadline;
import app.coachroom.assignment.domain.Extension;
import app.coachroom.assignment.domain.ReminderKind;
import app.coachroom.assignment.infrastructure.AssignmentRepository;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.cohort.application.RosterRow;
import app.coachroom.cohort.application.RosterService;
import app.coachroom.cohort.domain.CohortRole;
import app.coachroom.identity.RequiresRole;
import app.coachroom.outbox.application.Outbox;
import app.coachroom.tenancy.application.People;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The active bootcamp's reminder e-mails: every pass writes into the outbox the reminders due now
 * that were never written (their key makes each one once per student, assignment and kind), and the
 * outbox sends them. Students who turned reminders off or have no address get none, and neither do
 * students who handed in the interview already.
 */
@ApplicationScoped
@RequiresRole({TENANT_ADMIN, COACH})
public class Reminders {
  @Inject AssignmentRepository assignments;
  @Inject CohortService cohorts;
  @Inject RosterService rosters;
  @Inject People people;
  @Inject HandIns handIns;
  @Inject Outbox outbox;
  @Inject Clock clock;

  /** Writes every reminder due now and not written before; returns how many. */
  @Transactional(TxType.REQUIRES_NEW)
  public int plan(int hoursBeforeDue) {
    Instant now = clock.instant();
    List<Outbox.Entry> entries = new ArrayList<>();
    for (Assignment assignment : assignments.openAndAhead(now)) {
      if (!cohorts.find(assignment.cohortId()).archived()) {
        entries.addAll(due(assignment, hoursBeforeDue, now));
      }
    }
    return outbox.addNew(entries);
  }

  private List<Outbox.Entry> due(Assignment assignment, int hoursBeforeDue, Instant now) {
    List<RosterRow> students = rosters.roster(assignment.cohortId(), CohortRole.STUDENT);
    Set<String> reachable =
        people.remindable(students.stream().map(RosterRow::subject).toList()).keySet();
    Map<String, Instant> extended =
        assignments.extensions(assignment.id()).stream()
            .collect(Collectors.toMap(Extension::subject, Extension::dueAt));
    Set<String> done =
        assignment.kind() == AssignmentKind.INTERVIEW
            ? handIns.handedIn(assignment.id())
            : Set.of();
    List<Outbox.Entry> entries = new ArrayList<>();
    for (String student : reachable) {
      if (done.contains(student)) {
        continue;
      }
      Deadline deadline = assignment.deadline(Optional.ofNullable(extended.get(student)));
      for (ReminderKind kind : ReminderKind.dueNow(deadline, hoursBeforeDue, now)) {
        entries.add(
            new Outbox.Entry(
                kind.mailKind(), kind.mailKey(assignment.id(), student), student, assignment.id()));
      }
    }
    return entries;
  }
}
