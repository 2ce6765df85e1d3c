package app.coachroom.competency.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.competency.domain.Competency;
import app.coachroom.competency.infrastructure.CompetencyRepository;
import app.coachroom.identity.RequiresRole;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Competencies of the active tenant, authored by coaches and tenant admins. Archiving hides a
 * competency from new tags; existing tags keep it.
 */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH})
public class CompetencyService {
  @Inject CompetencyRepository competencies;
  @Inject Clock clock;

  public List<CompetencyView> list(boolean includeArchived) {
    return competencies.all(includeArchived).stream().map(CompetencyView::of).toList();
  }

  /** The competencies of this tenant among the given IDs; unknown and foreign IDs are left out. */
  public List<CompetencyView> withIds(@NotNull Collection<String> ids) {
    return competencies.withIds(ids).stream().map(CompetencyView::of).toList();
  }

  /** The names of these competencies of the tenant by ID, also for a student's feedback. */
  @RequiresRole({TENANT_ADMIN, COACH, STUDENT})
  public Map<String, String> names(@NotNull Collection<String> ids) {
    return competencies.withIds(ids).stream()
        .collect(Collectors.toMap(Competency::id, Competency::name));
  }

  public CompetencyView find(String id) {
    return CompetencyView.of(load(id));
  }

  public CompetencyView create(@NotNull CompetencyDetails details) {
    Competency competency =
        new Competency(details.name(), details.description(), details.kind(), clock.instant());
    refuseTakenName(competency.name(), null);
    competencies.add(competency);
    return CompetencyView.of(competency);
  }

  public CompetencyView update(
      @NotNull String id, long version, @NotNull CompetencyDetails details) {
    Competency competency = load(id, version);
    competency.describe(details.name(), details.description(), details.kind());
    refuseTakenName(competency.name(), id);
    competencies.flush();
    return CompetencyView.of(competency);
  }

  public CompetencyView archive(@NotNull String id, long version) {
    Competency competency = load(id, version);
    competency.archive(clock.instant());
    competencies.flush();
    return CompetencyView.of(competency);
  }

  public CompetencyView restore(@NotNull String id, long version) {
    Competency competency = load(id, version);
    competency.restore();
    competencies.flush();
    return CompetencyView.of(competency);
  }

  private Competency load(String id) {
    return competencies.find(id).orElseThrow(() -> new NotFoundException("Competency", id));
  }

  private Competency load(String id, long version) {
    Competency competency = load(id);
    return Versions.requireCurrent(competency, competency.version(), version, "Competency", id);
  }

  private void refuseTakenName(String name, String exceptId) {
    if (competencies.nameTaken(name, exceptId)) {
      throw new RuleViolationException("name", "competency.name.taken");
    }
  }
}
