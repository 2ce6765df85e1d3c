package app.coachroom.assignment.application;

import app.coachroom.assignment.domain.Assignment;
import app.coachroom.assignment.domain.AssignmentKind;
import app.coachroom.assignment.domain.Deadline;
import app.coachroom.assignment.domain.Extension;
import app.coachroom.assignment.domain.ReminderKind;
import app.coachroom.assignment.infrastructure.AssignmentRepository;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.identity.Times;
import app.coachroom.outbox.application.Composed;
import app.coachroom.outbox.application.MailComposer;
import app.coachroom.shared.mail.MailText;
import app.coachroom.tenancy.application.People;
import app.coachroom.tenancy.application.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a reminder e-mail when its turn comes, with the student's own due time as it is then, in
 * their language and timezone; skips it when it is no longer true or wanted: the assignment or its
 * cohort is gone, the student turned reminders off, has no address, handed in, or the due time
 * passed.
 */
@ApplicationScoped
public class ReminderMail implements MailComposer {
  private static final Set<String> KINDS =
      Arrays.stream(ReminderKind.values()).map(ReminderKind::mailKind).collect(Collectors.toSet());

  @Inject AssignmentRepository assignments;
  @Inject CohortService cohorts;
  @Inject People people;
  @Inject HandIns handIns;
  @Inject MailText mailText;
  @Inject Times times;
  @Inject Clock clock;

  @Override
  public Set<String> kinds() {
    return KINDS;
  }

  @Override
  public Composed compose(String kind, String recipient, String assignmentId) {
    Optional<Assignment> found = assignments.find(assignmentId);
    if (found.isEmpty() || cohorts.find(found.get().cohortId()).archived()) {
      return Composed.skip("The assignment or its cohort is gone");
    }
    Assignment assignment = found.get();
    Person person = people.remindable(List.of(recipient)).get(recipient);
    if (person == null) {
      return Composed.skip("Reminders turned off, no e-mail address, or no longer a member");
    }
    Deadline deadline =
        assignment.deadline(assignments.extension(assignmentId, recipient).map(Extension::dueAt));
    if (!clock.instant().isBefore(deadline.dueAt())) {
      return Composed.skip("The due time passed before it went out");
    }
    if (assignment.kind() == AssignmentKind.INTERVIEW
        && handIns.handedIn(assignmentId).contains(recipient)) {
      return Composed.skip("Handed in already");
    }
    String key = ReminderKind.OPENED.mailKind().equals(kind) ? "opened" : "dueSoon";
    Times.Reader reader = times.reader(recipient);
    Locale language = reader.language();
    return Composed.mail(
        person.email(),
        mailText.format(language, "reminder." + key + ".subject", assignment.title()),
        mailText.format(
            language,
            "reminder." + key + ".text",
            person.name(),
            assignment.title(),
            reader.at(deadline.dueAt()),
            mailText.link(language, "reminder.link", "assignment/dashboard.xhtml")));
  }
}
