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
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.Audited;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Cohorts of the active tenant. Tenant admins manage every cohort; a coach manages the cohorts they
 * coach (a coach who creates a cohort coaches it); everyone else, and a coach looking at another
 * coach's cohort, sees only the cohorts they are on the roster of ({@link RosterService} keeps the
 * rosters).
 */
@ApplicationScoped
@Transactional
public class CohortService {
  @Inject CohortRepository cohorts;
  @Inject Event<Audited> audit;
  @Inject Caller caller;
  @Inject Clock clock;

  /** One page of the cohorts the caller may see, ordered by name. */
  @RequiresRole({TENANT_ADMIN, COACH, STUDENT})
  public List<CohortView> page(int first, int size, boolean includeArchived) {
    List<Cohort> page =
        managesAll()
            ? cohorts.page(first, size, includeArchived)
            : cohorts.pageEnrolled(caller.subject(), first, size, includeArchived);
    return page.stream().map(CohortView::of).toList();
  }

  @RequiresRole({TENANT_ADMIN, COACH, STUDENT})
  public long count(boolean includeArchived) {
    return managesAll()
        ? cohorts.count(includeArchived)
        : cohorts.countEnrolled(caller.subject(), includeArchived);
  }

  /** A cohort the caller may see; unknown, foreign and not-enrolled IDs are all "not found". */
  @RequiresRole({TENANT_ADMIN, COACH, STUDENT})
  public CohortView find(String id) {
    return CohortView.of(visible(id));
  }

  /**
   * A cohort the caller coaches (tenant admins: any cohort), for everything a coach does to it: its
   * roster, extra time, assignments, extensions, progress, grading. Unknown and foreign IDs, and
   * cohorts the caller is not on the roster of, are "not found"; a cohort they study in is refused,
   * tenant admins included: nobody grades or times their own interviews.
   */
  @RequiresRole({TENANT_ADMIN, COACH})
  public CohortView coached(String id) {
    Cohort cohort = cohorts.find(id).orElseThrow(() -> new NotFoundException("Cohort", id));
    Optional<CohortRole> place = placeOf(id);
    if (!managesAll() && place.isEmpty()) {
      throw new NotFoundException("Cohort", id);
    }
    if (!mayCoach(place)) {
      throw new AccessDeniedException("Not a coach of cohort " + id);
    }
    return CohortView.of(cohort);
  }

  /** Whether the caller may do a coach's work in the cohort (see {@link #coached}). */
  @RequiresRole({TENANT_ADMIN, COACH})
  public boolean mayCoach(@NotNull String cohortId) {
    return mayCoach(placeOf(cohortId));
  }

  private boolean mayCoach(Optional<CohortRole> place) {
    return managesAll()
        ? place.filter(role -> role == CohortRole.STUDENT).isEmpty()
        : place.filter(role -> role == CohortRole.COACH).isPresent();
  }

  /** The caller's role on the cohort's roster, if they are on it. */
  private Optional<CohortRole> placeOf(String cohortId) {
    return cohorts.rosterEntry(cohortId, caller.subject()).map(CohortMember::role);
  }

  /**
   * Whether the caller may coach a cohort the person studies in (archived ones too): one of its
   * coaches, or a tenant admin who does not study there.
   */
  @RequiresRole({TENANT_ADMIN, COACH})
  public boolean coachesStudent(@NotNull String subject) {
    return cohorts.cohortIdsStudiedBy(subject).stream().anyMatch(this::mayCoach);
  }

  /** The names of those of these cohorts that are not archived and the caller coaches, by ID. */
  @RequiresRole({TENANT_ADMIN, COACH})
  public Map<String, String> activeNames(@NotNull Collection<String> ids) {
    return cohorts.activeNames(ids, managesAll() ? null : caller.subject()).stream()
        .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
  }

  /**
   * Every cohort of the bootcamp, archived ones too: ID to name, by name (what the audit log is
   * filtered and labelled by).
   */
  @RequiresRole(TENANT_ADMIN)
  public Map<String, String> allNames() {
    return cohorts.names().stream()
        .collect(
            Collectors.toMap(
                row -> (String) row[0], row -> (String) row[1], (a, b) -> a, LinkedHashMap::new));
  }

  /** A new cohort; a coach who creates it is its first coach. */
  @RequiresRole({TENANT_ADMIN, COACH})
  public CohortView create(@NotNull @Valid CohortDetails details) {
    Cohort cohort =
        new Cohort(details.name(), details.startsOn(), details.endsOn(), clock.instant());
    refuseTakenName(cohort.name(), null);
    cohorts.add(cohort);
    if (!managesAll()) {
      cohorts.add(cohort.enroll(caller.subject(), CohortRole.COACH, clock.instant()));
      audit.fire(
          Audited.inCohort(
                  caller.persistenceTenant(),
                  cohort.id(),
                  AuditAction.COACH_ADDED,
                  caller.displayName())
              .about(caller.subject())
              .note("created the cohort"));
    }
    return CohortView.of(cohort);
  }

  /** Renames and reschedules, unless someone else changed the cohort since it was read. */
  @RequiresRole({TENANT_ADMIN, COACH})
  public CohortView update(@NotNull String id, long version, @NotNull CohortDetails details) {
    coached(id);
    Cohort cohort = load(id, version);
    String name = Cohort.checkedName(details.name());
    refuseTakenName(name, id);
    cohort.rename(name);
    cohort.schedule(details.startsOn(), details.endsOn());
    cohorts.flush();
    return CohortView.of(cohort);
  }

  @RequiresRole({TENANT_ADMIN, COACH})
  public CohortView archive(@NotNull String id, long version) {
    coached(id);
    Cohort cohort = load(id, version);
    cohort.archive(clock.instant());
    cohorts.flush();
    return CohortView.of(cohort);
  }

  @RequiresRole({TENANT_ADMIN, COACH})
  public CohortView restore(@NotNull String id, long version) {
    coached(id);
    Cohort cohort = load(id, version);
    cohort.restore();
    cohorts.flush();
    return CohortView.of(cohort);
  }

  private boolean managesAll() {
    return caller.hasAnyRole(TENANT_ADMIN);
  }

  private Cohort visible(String id) {
    Cohort cohort = cohorts.find(id).orElseThrow(() -> new NotFoundException("Cohort", id));
    if (!managesAll() && !cohorts.isEnrolled(id, caller.subject())) {
      throw new NotFoundException("Cohort", id);
    }
    return cohort;
  }

  private Cohort load(String id, long version) {
    Cohort cohort = cohorts.find(id).orElseThrow(() -> new NotFoundException("Cohort", id));
    return Versions.requireCurrent(cohort, cohort.version(), version, "Cohort", id);
  }

  private void refuseTakenName(String name, String exceptId) {
    if (cohorts.nameTaken(name, exceptId)) {
      throw new RuleViolationException("name", "cohort.name.taken");
    }
  }
}
