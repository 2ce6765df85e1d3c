package app.coachroom.cohort.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.cohort.domain.Cohort;
import app.coachroom.cohort.domain.CohortMember;
import app.coachroom.cohort.domain.CohortRole;
import app.coachroom.cohort.infrastructure.CohortRepository;
import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.identity.Role;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.Audited;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.Versions;
import app.coachroom.tenancy.application.MemberLeft;
import app.coachroom.tenancy.application.People;
import app.coachroom.tenancy.application.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who coaches and who studies in a cohort. Tenant admins decide who coaches a cohort; its coaches
 * (and tenant admins) manage its students and their extra time; nobody puts themself on a roster as
 * a coach. People come only from the active tenant's members with the matching role; an archived
 * cohort's roster is read-only history. A roster holds at most {@value #MAX_ROSTER} people, so it
 * is shown whole, sorted by name.
 */
@ApplicationScoped
@Transactional
public class RosterService {
  public static final int MAX_ROSTER = 500;
  private static final int CANDIDATES = 20;
  private static final Map<CohortRole, Set<Role>> TENANT_ROLES =
      Map.of(CohortRole.COACH, Set.of(COACH, TENANT_ADMIN), CohortRole.STUDENT, Set.of(STUDENT));

  @Inject CohortRepository cohorts;
  @Inject CohortService cohortAccess;
  @Inject People people;
  @Inject Event<Audited> audit;
  @Inject Caller caller;
  @Inject Clock clock;

  /** The cohort's coaches or students (all of them for a null role), sorted by name. */
  @RequiresRole({TENANT_ADMIN, COACH})
  public List<RosterRow> roster(@NotNull String cohortId, CohortRole role) {
    cohortAccess.coached(cohortId);
    List<CohortMember> entries = cohorts.roster(cohortId, role, MAX_ROSTER);
    Map<String, Person> named = people.named(entries.stream().map(CohortMember::subject).toList());
    return entries.stream()
        .map(entry -> row(entry, named.get(entry.subject())))
        .sorted(
            Comparator.comparing(RosterRow::isFormerMember)
                .thenComparing(r -> r.name() == null ? "" : r.name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(RosterRow::subject))
        .toList();
  }

  /** How many coaches or students the cohort has. */
  @RequiresRole({TENANT_ADMIN, COACH})
  public long count(@NotNull String cohortId, @NotNull CohortRole role) {
    cohortAccess.coached(cohortId);
    return cohorts.rosterSize(cohortId, role);
  }

  /** Members who could join the roster in that role and are not on it yet, by name or e-mail. */
  @RequiresRole({TENANT_ADMIN, COACH})
  public List<Person> candidates(@NotNull String cohortId, @NotNull CohortRole role, String text) {
    requireManaging(cohortId, role);
    int onRoster = (int) cohorts.rosterSize(cohortId, null);
    List<Person> found = people.search(text, TENANT_ROLES.get(role), CANDIDATES + onRoster);
    Set<String> present =
        cohorts.rosterEntries(cohortId, found.stream().map(Person::subject).toList()).stream()
            .map(CohortMember::subject)
            .collect(Collectors.toCollection(HashSet::new));
    if (role == CohortRole.COACH) {
      present.add(caller.subject()); // nobody adds themself as a coach
    }
    return found.stream().filter(p -> !present.contains(p.subject())).limit(CANDIDATES).toList();
  }

  /**
   * Puts these members on the roster in one role, all or nothing; those already on it in that role
   * are skipped. Returns how many were added.
   */
  @RequiresRole({TENANT_ADMIN, COACH})
  public int add(
      @NotNull String cohortId, @NotNull CohortRole role, @NotNull Collection<String> subjects) {
    requireManaging(cohortId, role);
    Cohort cohort = load(cohortId);
    cohort.requireActive();
    Set<String> wanted = new LinkedHashSet<>(subjects);
    if (wanted.isEmpty()) {
      throw new RuleViolationException("people", "roster.add.none");
    }
    if (role == CohortRole.COACH && wanted.contains(caller.subject())) {
      throw new RuleViolationException("people", "roster.add.self");
    }
    Set<String> eligible = people.holdingAnyOf(wanted, TENANT_ROLES.get(role));
    if (!eligible.containsAll(wanted)) {
      throw new RuleViolationException("people", "roster.add.notMember." + role.name());
    }
    Map<String, CohortMember> present =
        cohorts.rosterEntries(cohortId, wanted).stream()
            .collect(Collectors.toMap(CohortMember::subject, Function.identity()));
    if (present.values().stream().anyMatch(m -> m.role() != role)) {
      throw new RuleViolationException("people", "roster.add.otherRole");
    }
    wanted.removeAll(present.keySet());
    if (cohorts.rosterSize(cohortId, null) + wanted.size() > MAX_ROSTER) {
      throw new RuleViolationException("people", "roster.full", MAX_ROSTER);
    }
    wanted.forEach(subject -> cohorts.add(cohort.enroll(subject, role, clock.instant())));
    cohorts.flush();
    Map<String, Person> named = people.named(wanted);
    AuditAction action =
        role == CohortRole.COACH ? AuditAction.COACH_ADDED : AuditAction.STUDENT_ADDED;
    wanted.forEach(subject -> audit.fire(audited(cohortId, action, subject, named)));
    return wanted.size();
  }

  /** Takes these people off the roster; returns how many were on it. */
  @RequiresRole({TENANT_ADMIN, COACH})
  public int remove(@NotNull String cohortId, @NotNull Collection<String> subjects) {
    cohortAccess.coached(cohortId);
    load(cohortId).requireActive();
    List<CohortMember> entries = cohorts.rosterEntries(cohortId, Set.copyOf(subjects));
    if (entries.stream().anyMatch(entry -> entry.role() == CohortRole.COACH)) {
      requireChoosing(CohortRole.COACH);
    }
    entries.forEach(cohorts::remove);
    cohorts.flush();
    Map<String, Person> named = people.named(entries.stream().map(CohortMember::subject).toList());
    entries.forEach(
        entry ->
            audit.fire(
                audited(
                    cohortId,
                    entry.role() == CohortRole.COACH
                        ? AuditAction.COACH_REMOVED
                        : AuditAction.STUDENT_REMOVED,
                    entry.subject(),
                    named)));
    return entries.size();
  }

  /** Sets a student's extra-time accommodation, unless the row changed since it was read. */
  @RequiresRole({TENANT_ADMIN, COACH})
  public RosterRow accommodate(
      @NotNull String cohortId, @NotNull String subject, long version, BigDecimal multiplier) {
    cohortAccess.coached(cohortId);
    load(cohortId).requireActive();
    CohortMember entry =
        cohorts
            .rosterEntry(cohortId, subject)
            .orElseThrow(() -> new NotFoundException("Roster entry", subject));
    Versions.requireCurrent(entry, entry.version(), version, "Roster entry", subject);
    BigDecimal before = entry.timeMultiplier();
    entry.accommodate(multiplier);
    cohorts.flush();
    Map<String, Person> named = people.named(List.of(subject));
    if (before.compareTo(entry.timeMultiplier()) != 0) {
      audit.fire(
          audited(cohortId, AuditAction.EXTRA_TIME_CHANGED, subject, named)
              .change(times(before), times(entry.timeMultiplier())));
    }
    return row(entry, named.get(subject));
  }

  /** The student's roster row in a cohort, if they study in it (for assignments). */
  @RequiresRole({TENANT_ADMIN, COACH})
  public Optional<RosterRow> student(@NotNull String cohortId, @NotNull String subject) {
    cohortAccess.coached(cohortId);
    return cohorts
        .rosterEntry(cohortId, subject)
        .filter(entry -> entry.role() == CohortRole.STUDENT)
        .map(entry -> row(entry, people.named(List.of(subject)).get(subject)));
  }

  /** Who coaches a cohort is the tenant admins' choice; its students its coaches' too. */
  private void requireManaging(String cohortId, CohortRole role) {
    cohortAccess.coached(cohortId);
    requireChoosing(role);
  }

  private void requireChoosing(CohortRole role) {
    if (role == CohortRole.COACH && !caller.hasAnyRole(TENANT_ADMIN)) {
      throw new AccessDeniedException("Only tenant admins choose a cohort's coaches");
    }
  }

  /**
   * The caller's own place in a cohort: only if the cohort is active and they are on its roster as
   * a student (what an assignment's terms and a timed attempt's extra time come from).
   */
  @RequiresRole({TENANT_ADMIN, COACH, STUDENT})
  public Optional<StudentPlace> myPlace(@NotNull String cohortId) {
    return cohorts
        .find(cohortId)
        .filter(cohort -> !cohort.isArchived())
        .flatMap(
            cohort ->
                cohorts
                    .rosterEntry(cohortId, caller.subject())
                    .filter(entry -> entry.role() == CohortRole.STUDENT)
                    .map(entry -> new StudentPlace(cohort.name(), entry.timeMultiplier())));
  }

  /** The active cohorts the caller studies in: ID to name, by name. */
  @RequiresRole({TENANT_ADMIN, COACH, STUDENT})
  public Map<String, String> myActiveCohorts() {
    return cohorts.activeCohortsStudiedBy(caller.subject()).stream()
        .collect(Collectors.toMap(Cohort::id, Cohort::name, (a, b) -> a, LinkedHashMap::new));
  }

  /**
   * A person who leaves the bootcamp leaves its active cohorts, each logged; archived rosters keep
   * them.
   */
  void onMemberLeft(@Observes MemberLeft left) {
    for (CohortMember entry : cohorts.activeEntries(left.subject())) {
      audit.fire(
          Audited.inCohort(
                  caller.persistenceTenant(),
                  entry.cohortId(),
                  entry.role() == CohortRole.COACH
                      ? AuditAction.COACH_REMOVED
                      : AuditAction.STUDENT_REMOVED,
                  left.name() == null ? left.subject() : left.name())
              .about(left.subject())
              .note("left the bootcamp"));
    }
    cohorts.leaveActiveCohorts(left.subject());
  }

  /** A roster action about one person, named as they were then (or by subject if they left). */
  private Audited audited(
      String cohortId, AuditAction action, String subject, Map<String, Person> named) {
    Person person = named.get(subject);
    return Audited.inCohort(
            caller.persistenceTenant(), cohortId, action, person == null ? subject : person.name())
        .about(subject);
  }

  private static String times(BigDecimal multiplier) {
    return "×" + multiplier.stripTrailingZeros().toPlainString();
  }

  private Cohort load(String cohortId) {
    return cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("Cohort", cohortId));
  }

  private static RosterRow row(CohortMember entry, Person person) {
    return new RosterRow(
        entry.subject(),
        person == null ? null : person.name(),
        person == null ? null : person.email(),
        entry.role(),
        entry.timeMultiplier(),
        entry.version());
  }
}
