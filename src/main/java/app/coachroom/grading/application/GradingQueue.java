package app.coachroom.grading.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.assignment.application.BootcampZone;
import app.coachroom.assignment.domain.Anonymity;
import app.coachroom.grading.domain.QueueState;
import app.coachroom.grading.domain.ReviewStatus;
import app.coachroom.grading.infrastructure.GradingQueueQuery;
import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.interviewtemplate.application.FrozenInterviews;
import app.coachroom.tenancy.application.People;
import app.coachroom.tenancy.application.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
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
  @Inject BootcampZone zone;
  @Inject Caller caller;
  @Inject Clock clock;

  public List<QueueRow> page(@NotNull QueueFilter filter, int first, int size) {
    Map<String, QueueAssignment> scope = scope(filter);
    List<Object[]> rows = rows(filter, scope, first, size);
    Map<String, Person> names =
        people.named(
            rows.stream()
                .flatMap(r -> Stream.of(hidden(r, scope) ? null : (String) r[1], (String) r[9]))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    Instant now = clock.instant();
    ZoneId bootcamp = zone.zone();
    return rows.stream().map(r -> row(r, scope, names, now, bootcamp)).toList();
  }

  public long count(@NotNull QueueFilter filter) {
    Map<String, QueueAssignment> scope = scope(filter);
    if (scope.isEmpty()) {
      return 0;
    }
    return query.count(criteria(filter, scope));
  }

  /**
   * The interview assignments of the cohorts the caller grades, by cohort and title; none that
   * gives an interview the caller takes as a student.
   */
  public List<QueueAssignment> assignments() {
    return query.assignments(coach(), caller.subject()).stream()
        .map(
            r ->
                new QueueAssignment(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (Boolean) r[4] && r[5] == null))
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
      for (Object[] r : rows(within, scope(within), 0, 2)) {
        if (!r[0].equals(current)) {
          return (String) r[0];
        }
      }
    }
    return null;
  }

  /** The assignments the filter lets through among those the caller grades, by ID. */
  private Map<String, QueueAssignment> scope(QueueFilter filter) {
    Map<String, QueueAssignment> scope = new LinkedHashMap<>();
    for (QueueAssignment a : assignments()) {
      if ((filter.cohortId() == null || filter.cohortId().equals(a.cohortId()))
          && (filter.assignmentId() == null || filter.assignmentId().equals(a.id()))) {
        scope.put(a.id(), a);
      }
    }
    return scope;
  }

  /**
   * The assignments the query is restricted to: none (every attempt of the bootcamp) when an admin
   * filters by neither cohort nor assignment, else the scope's.
   */
  private Collection<String> restriction(QueueFilter filter, Map<String, QueueAssignment> scope) {
    boolean everything =
        coach() == null && filter.cohortId() == null && filter.assignmentId() == null;
    return everything ? null : scope.keySet();
  }

  private List<Object[]> rows(
      QueueFilter filter, Map<String, QueueAssignment> scope, int first, int size) {
    if (scope.isEmpty()) {
      return List.of();
    }
    return query.page(criteria(filter, scope), first, size);
  }

  /**
   * What the query reads: the filter within the scope, never the attempts at interviews the caller
   * takes as a student (a coach or admin who also studies in a cohort grades none of them).
   */
  private GradingQueueQuery.Criteria criteria(
      QueueFilter filter, Map<String, QueueAssignment> scope) {
    return new GradingQueueQuery.Criteria(
        restriction(filter, scope),
        filter.state(),
        filter.lateOnly(),
        holder(filter),
        filter.question(),
        caller.subject());
  }

  private String holder(QueueFilter filter) {
    return filter.heldByMe() ? caller.subject() : null;
  }

  /** Whose cohorts: the caller's as a coach, or null (all) for an admin. */
  private String coach() {
    return caller.hasAnyRole(TENANT_ADMIN) ? null : caller.subject();
  }

  private static boolean hidden(Object[] r, Map<String, QueueAssignment> scope) {
    QueueAssignment assignment = scope.get((String) r[5]);
    return assignment == null || assignment.hidesIdentities();
  }

  /**
   * A queue row. While the assignment hides identities the row names nobody and tells only the day
   * of the hand-in: no time, no late flag, no attempt number, the waiting time in calendar days.
   */
  private static QueueRow row(
      Object[] r,
      Map<String, QueueAssignment> scope,
      Map<String, Person> names,
      Instant now,
      ZoneId bootcamp) {
    boolean hidden = hidden(r, scope);
    QueueAssignment assignment = scope.get((String) r[5]);
    String student = hidden ? null : (String) r[1];
    String heldBy = (String) r[9];
    Instant submittedAt = (Instant) r[3];
    Duration waiting = Duration.between(submittedAt, now);
    if (hidden) { // whole calendar days in the bootcamp's zone: hours would tell the time
      waiting =
          Duration.ofDays(
              ChronoUnit.DAYS.between(
                  submittedAt.atZone(bootcamp).toLocalDate(), now.atZone(bootcamp).toLocalDate()));
    }
    return new QueueRow(
        (String) r[0],
        student,
        name(names, student),
        hidden ? Anonymity.code((String) r[0]) : null,
        assignment == null ? null : assignment.cohortName(),
        assignment == null ? null : assignment.title(),
        hidden ? 0 : (Integer) r[2],
        HandedIn.of(submittedAt, (Boolean) r[4], hidden, bootcamp),
        QueueState.of((ReviewStatus) r[6]),
        (Integer) r[7],
        (Integer) r[8],
        heldBy,
        name(names, heldBy),
        waiting.isNegative() ? Duration.ZERO : waiting);
  }

  private static String name(Map<String, Person> names, String subject) {
    Person person = subject == null ? null : names.get(subject);
    return person == null ? null : person.name();
  }
}
