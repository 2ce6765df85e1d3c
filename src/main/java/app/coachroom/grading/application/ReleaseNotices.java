package app.coachroom.grading.application;

import static app.coachroom.tenancy.domain.Role.COACH;
import static app.coachroom.tenancy.domain.Role.TENANT_ADMIN;

import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.grading.domain.ReleaseNotice;
import app.coachroom.grading.domain.ReviewStatus;
import app.coachroom.grading.infrastructure.ReviewRepository;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.tenancy.application.People;
import app.coachroom.tenancy.application.Person;
import app.coachroom.tenancy.application.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The active bootcamp's "your results are out" e-mails, in two steps around the sending: {@link
 * #claim} takes the waiting notices (the version lets only one server have each) and commits; after
 * the mails went out, {@link #record} notes which were sent. Notices whose results were taken back
 * meanwhile, or whose student has no address, are skipped.
 */
@ApplicationScoped
@RequiresRole({TENANT_ADMIN, COACH})
public class ReleaseNotices {
  /** At most this many per bootcamp and pass; the next pass takes the rest. */
  static final int BATCH = 200;

  /** A notice claimed this long ago and still not sent: its server stopped; claimed again. */
  static final Duration STALE = Duration.ofMinutes(10);

  @Inject ReviewRepository reviews;
  @Inject AssignmentService assignments;
  @Inject People people;
  @Inject Clock clock;

  /** A claimed notice ready to be e-mailed. */
  public record Outgoing(
      String noticeId, String email, String name, String title, String attemptId) {}

  @Transactional(TxType.REQUIRES_NEW)
  public List<Outgoing> claim() {
    Instant now = clock.instant();
    List<Object[]> waiting = reviews.waitingNotices(now.minus(STALE), BATCH);
    Map<String, Person> students =
        people.named(waiting.stream().map(r -> ((ReleaseNotice) r[0]).subject()).toList());
    Map<String, String> titles = new HashMap<>();
    List<Outgoing> outgoing = new ArrayList<>();
    for (Object[] row : waiting) {
      ReleaseNotice notice = (ReleaseNotice) row[0];
      Person student = students.get(notice.subject());
      String title = titles.computeIfAbsent(notice.assignmentId(), this::title);
      if (row[1] != ReviewStatus.RELEASED
          || student == null
          || student.email() == null
          || title.isEmpty()) {
        notice.skipped();
        continue;
      }
      notice.sending(now);
      outgoing.add(
          new Outgoing(notice.id(), student.email(), student.name(), title, notice.attemptId()));
    }
    reviews.flush();
    return outgoing;
  }

  /** The assignment's title; "" once it cannot be read (its cohort gone), so nobody is told. */
  private String title(String assignmentId) {
    try {
      return assignments.find(assignmentId).title();
    } catch (NotFoundException e) {
      return "";
    }
  }

  /** Notes which claimed notices went out and which failed (to be tried again later). */
  @Transactional(TxType.REQUIRES_NEW)
  public void record(Collection<String> sent, Collection<String> failed) {
    reviews.notices(sent).forEach(n -> n.sent(clock.instant()));
    reviews.notices(failed).forEach(ReleaseNotice::failed);
    reviews.flush();
  }
}
