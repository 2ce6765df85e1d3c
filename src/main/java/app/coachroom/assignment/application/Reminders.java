package app.coachroom.assignment.application;

import static app.coachroom.tenancy.domain.Role.COACH;
import static app.coachroom.tenancy.domain.Role.TENANT_ADMIN;

import app.coachroom.assignment.domain.Assignment;
import app.coachroom.assignment.domain.AssignmentKind;
import app.coachroom.assignment.domain.Deadline;
import app.coachroom.assignment.domain.Extension;
import app.coachroom.assignment.domain.Reminder;
import app.coachroom.assignment.domain.ReminderKind;
import app.coachroom.assignment.infrastructure.AssignmentRepository;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.cohort.application.RosterRow;
import app.coachroom.cohort.application.RosterService;
import app.coachroom.cohort.domain.CohortRole;
import app.coachroom.tenancy.application.People;
import app.coachroom.tenancy.application.Person;
import app.coachroom.tenancy.application.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The active bootcamp's reminder e-mails, in two steps around the sending: {@link #claim} writes a
 * row for every reminder due now (the unique key lets only one server have it) and commits; after
 * the mails went out, {@link #record} notes which were sent. Students who turned reminders off or
 * have no address get none, and neither do students who handed in the interview already.
 */
@ApplicationScoped
@RequiresRole({TENANT_ADMIN, COACH})
public class Reminders {
  @Inject AssignmentRepository assignments;
  @Inject CohortService cohorts;
  @Inject RosterService rosters;
  @Inject People people;
  @Inject HandIns handIns;
  @Inject Clock clock;

  /** Claims every reminder due now (and failed ones worth another try) and returns them. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<OutgoingReminder> claim(int hoursBeforeDue) {
    Instant now = clock.instant();
    List<OutgoingReminder> outgoing = new ArrayList<>();
    for (Assignment assignment : assignments.openAndAhead(now)) {
      if (!cohorts.find(assignment.cohortId()).archived()) {
        outgoing.addAll(claim(assignment, hoursBeforeDue, now));
      }
    }
    assignments.flush();
    return outgoing;
  }

  private List<OutgoingReminder> claim(Assignment assignment, int hoursBeforeDue, Instant now) {
    List<RosterRow> students = rosters.roster(assignment.cohortId(), CohortRole.STUDENT);
    Map<String, Person> reachable =
        people.remindable(students.stream().map(RosterRow::subject).toList());
    Map<String, Instant> extended =
        assignments.extensions(assignment.id()).stream()
            .collect(Collectors.toMap(Extension::subject, Extension::dueAt));
    Map<String, Reminder> existing =
        assignments.reminders(assignment.id()).stream()
            .collect(Collectors.toMap(r -> r.subject() + "/" + r.kind(), Function.identity()));
    Set<String> done =
        assignment.kind() == AssignmentKind.INTERVIEW
            ? handIns.handedIn(assignment.id())
            : Set.of();
    List<OutgoingReminder> outgoing = new ArrayList<>();
    for (Person person : reachable.values()) {
      if (done.contains(person.subject())) {
        continue;
      }
      Deadline deadline = assignment.deadline(Optional.ofNullable(extended.get(person.subject())));
      for (ReminderKind kind : Reminder.dueNow(deadline, hoursBeforeDue, now)) {
        Reminder reminder = existing.get(person.subject() + "/" + kind);
        if (reminder == null) {
          reminder = new Reminder(assignment.id(), person.subject(), kind, now);
          assignments.add(reminder);
        } else if (reminder.retryable()) {
          reminder.retry();
        } else {
          continue;
        }
        outgoing.add(
            new OutgoingReminder(
                reminder.id(),
                person.email(),
                person.name(),
                kind,
                assignment.title(),
                deadline.dueAt()));
      }
    }
    return outgoing;
  }

  /** Notes which claimed reminders went out and which failed (to be tried again later). */
  @Transactional(TxType.REQUIRES_NEW)
  public void record(Collection<String> sent, Collection<String> failed) {
    Instant now = clock.instant();
    assignments.reminders(sent).forEach(r -> r.sent(now));
    assignments.reminders(failed).forEach(Reminder::failed);
    assignments.flush();
  }
}
