package app.coachroom.cohort.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.cohort.domain.Cohort;
import app.coachroom.cohort.infrastructure.CohortRepository;
import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Cohorts of the active tenant. Coaches and tenant admins manage them; students see only the
 * cohorts they are on the roster of ({@link RosterService} keeps the rosters).
 */
@ApplicationScoped
@Transactional
public class CohortService {
  @Inject CohortRepository cohorts;
  @Inject Caller caller;
  @Inject Clock clock;

  /** One page of the cohorts the caller may see, ordered by name. */
  @RequiresRole({TENANT_ADMIN, COACH, STUDENT})
  public List<CohortView> page(int first, int size, boolean includeArchived) {
    List<Cohort> page =
        managesCohorts()
            ? cohorts.page(first, size, includeArchived)
            : cohorts.pageEnrolled(caller.subject(), first, size, includeArchived);
    return page.stream().map(CohortView::of).toList();
  }

  @RequiresRole({TENANT_ADMIN, COACH, STUDENT})
  public long count(boolean includeArchived) {
    return managesCohorts()
        ? cohorts.count(includeArchived)
        : cohorts.countEnrolled(caller.subject(), includeArchived);
  }

  /** A cohort the caller may see; unknown, foreign and not-enrolled IDs are all "not found". */
  @RequiresRole({TENANT_ADMIN, COACH, STUDENT})
  public CohortView find(String id) {
    Cohort cohort = cohorts.find(id).orElseThrow(() -> new NotFoundException("Cohort", id));
    if (!managesCohorts() && !cohorts.isEnrolled(id, caller.subject())) {
      throw new NotFoundException("Cohort", id);
    }
    return CohortView.of(cohort);
  }

  /** The names of those of these cohorts that are not archived, by ID. */
  @RequiresRole({TENANT_ADMIN, COACH})
  public Map<String, String> activeNames(@NotNull Collection<String> ids) {
    return cohorts.activeNames(ids).stream()
        .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
  }

  @RequiresRole({TENANT_ADMIN, COACH})
  public CohortView create(@NotNull @Valid CohortDetails details) {
    Cohort cohort =
        new Cohort(details.name(), details.startsOn(), details.endsOn(), clock.instant());
    refuseTakenName(cohort.name(), null);
    cohorts.add(cohort);
    return CohortView.of(cohort);
  }

  /** Renames and reschedules, unless someone else changed the cohort since it was read. */
  @RequiresRole({TENANT_ADMIN, COACH})
  public CohortView update(@NotNull String id, long version, @NotNull CohortDetails details) {
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
    Cohort cohort = load(id, version);
    cohort.archive(clock.instant());
    cohorts.flush();
    return CohortView.of(cohort);
  }

  @RequiresRole({TENANT_ADMIN, COACH})
  public CohortView restore(@NotNull String id, long version) {
    Cohort cohort = load(id, version);
    cohort.restore();
    cohorts.flush();
    return CohortView.of(cohort);
  }

  private boolean managesCohorts() {
    return caller.hasAnyRole(TENANT_ADMIN, COACH);
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
