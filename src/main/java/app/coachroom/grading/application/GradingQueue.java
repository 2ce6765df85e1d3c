package app.coachroom.grading.application;

import static app.coachroom.tenancy.domain.Role.COACH;
import static app.coachroom.tenancy.domain.Role.TENANT_ADMIN;

import app.coachroom.grading.domain.Anonymity;
import app.coachroom.grading.domain.QueueState;
import app.coachroom.grading.domain.ReviewStatus;
import app.coachroom.grading.infrastructure.GradingQueueQuery;
import app.coachroom.interviewtemplate.application.FrozenInterviews;
import app.coachroom.tenancy.application.Caller;
import app.coachroom.tenancy.application.People;
import app.coachroom.tenancy.application.Person;
import app.coachroom.tenancy.application.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The grading queue: handed-in attempts of the cohorts the caller coaches (every cohort for the
 * bootcamp's admins), oldest first, filtered and paged in the database, with how long each has
 * waited and who holds its review.
 */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH})
public class GradingQueue {
  @Inject GradingQueueQuery query;
  @Inject FrozenInterviews interviews;
  @Inject People people;
  @Inject Caller caller;
  @Inject Clock clock;

  public List<QueueRow> page(@NotNull QueueFilter filter, int first, int size) {
    List<Object[]> rows = rows(filter, first, size);
    Map<String, Person> names =
        people.named(
            rows.stream()
                .flatMap(r -> Stream.of(hidden(r) ? null : (String) r[1], (String) r[10]))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    Instant now = clock.instant();
    return rows.stream().map(r -> row(r, names, now)).toList();
  }

  public long count(@NotNull QueueFilter filter) {
    return query.count(
        coach(),
        filter.cohortId(),
        filter.assignmentId(),
        filter.state(),
        filter.lateOnly(),
        holder(filter),
        filter.question());
  }

  /** The interview assignments of the cohorts the caller grades, by cohort and title. */
  public List<QueueAssignment> assignments() {
    return query.assignments(coach()).stream()
        .map(r -> new QueueAssignment((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
        .toList();
  }

  /**
   * The questions of the assignment graded by rubric (what the queue can be narrowed to), in order;
   * none for an assignment of a cohort the caller does not grade.
   */
  public List<QueueQuestion> questions(@NotNull String assignmentId) {
    return query
        .templateVersion(coach(), assignmentId)
        .map(interviews::version)
        .map(
            interview ->
                IntStream.range(0, interview.items().size())
                    .filter(i -> interview.items().get(i).rubric() != null)
                    .mapToObj(
                        i -> new QueueQuestion(i, interview.items().get(i).question().title()))
                    .toList())
        .orElse(List.of());
  }

  /**
   * The attempt to grade after {@code current}: the oldest with no review begun within the filter's
   * cohort and assignment, else the oldest in progress the caller holds; null when none is left.
   */
  public String next(@NotNull QueueFilter filter, String current) {
    for (QueueFilter within :
        List.of(
            filter.withState(QueueState.TO_GRADE),
            filter.withState(QueueState.IN_PROGRESS).onlyMine())) {
      for (Object[] r : rows(within, 0, 2)) {
        if (!r[0].equals(current)) {
          return (String) r[0];
        }
      }
    }
    return null;
  }

  private List<Object[]> rows(QueueFilter filter, int first, int size) {
    return query.page(
        coach(),
        filter.cohortId(),
        filter.assignmentId(),
        filter.state(),
        filter.lateOnly(),
        holder(filter),
        filter.question(),
        first,
        size);
  }

  private String holder(QueueFilter filter) {
    return filter.heldByMe() ? caller.subject() : null;
  }

  /** Whose cohorts: the caller's as a coach, or null (all) for an admin. */
  private String coach() {
    return caller.hasAnyRole(TENANT_ADMIN) ? null : caller.subject();
  }

  private static boolean hidden(Object[] r) {
    return Anonymity.hides((Boolean) r[11], (ReviewStatus) r[7]);
  }

  private static QueueRow row(Object[] r, Map<String, Person> names, Instant now) {
    boolean hidden = hidden(r);
    String student = hidden ? null : (String) r[1];
    String heldBy = (String) r[10];
    Instant submittedAt = (Instant) r[3];
    Duration waiting = Duration.between(submittedAt, now);
    return new QueueRow(
        (String) r[0],
        student,
        name(names, student),
        hidden ? Anonymity.code((String) r[0]) : null,
        (String) r[6],
        (String) r[5],
        (Integer) r[2],
        submittedAt,
        (Boolean) r[4],
        QueueState.of((ReviewStatus) r[7]),
        (Integer) r[8],
        (Integer) r[9],
        heldBy,
        name(names, heldBy),
        waiting.isNegative() ? Duration.ZERO : waiting);
  }

  private static String name(Map<String, Person> names, String subject) {
    Person person = subject == null ? null : names.get(subject);
    return person == null ? null : person.name();
  }
}
