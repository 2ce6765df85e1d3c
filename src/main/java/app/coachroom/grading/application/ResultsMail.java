package app.coachroom.grading.application;

import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.grading.domain.Review;
import app.coachroom.grading.domain.ReviewStatus;
import app.coachroom.grading.infrastructure.ReviewRepository;
import app.coachroom.identity.Times;
import app.coachroom.outbox.application.Composed;
import app.coachroom.outbox.application.MailComposer;
import app.coachroom.outbox.application.Outbox;
import app.coachroom.shared.mail.MailText;
import app.coachroom.tenancy.application.People;
import app.coachroom.tenancy.application.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The e-mail telling a student that the results of an attempt are out: one per attempt (written
 * with each release, due again when released again), skipped when the results were taken back
 * before it went out, or the student or the assignment cannot be read any more.
 */
@ApplicationScoped
public class ResultsMail implements MailComposer {
  static final String KIND = "RESULTS_RELEASED";

  @Inject ReviewRepository reviews;
  @Inject AssignmentService assignments;
  @Inject People people;
  @Inject MailText mailText;
  @Inject Times times;

  /** The outbox entry of an attempt's release (its key is the one the V23 migration gave). */
  static Outbox.Entry entry(String attemptId, String student) {
    return new Outbox.Entry(KIND, "results:" + attemptId, student, attemptId);
  }

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public Composed compose(String kind, String recipient, String attemptId) {
    if (reviews.forAttempt(attemptId).map(Review::status).orElse(null) != ReviewStatus.RELEASED) {
      return Composed.skip("The results were taken back before it went out");
    }
    Person student = people.named(List.of(recipient)).get(recipient);
    if (student == null || student.email() == null) {
      return Composed.skip("No e-mail address, or no longer a member");
    }
    Optional<String> title = reviews.assignmentOf(attemptId).flatMap(assignments::title);
    if (title.isEmpty()) {
      return Composed.skip("The assignment is gone");
    }
    Locale language = times.reader(recipient).language();
    return Composed.mail(
        student.email(),
        mailText.format(language, "results.mail.subject", title.get()),
        mailText.format(
            language,
            "results.mail.text",
            student.name(),
            title.get(),
            mailText.link(
                language, "results.mail.link", "attempt/attempt.xhtml?attempt=" + attemptId)));
  }
}
