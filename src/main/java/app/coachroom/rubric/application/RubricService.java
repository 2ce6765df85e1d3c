package app.coachroom.rubric.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.application.CompetencyView;
import app.coachroom.identity.RequiresRole;
import app.coachroom.rubric.domain.Rubric;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.rubric.infrastructure.RubricRepository;
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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The active tenant's rubrics, written by coaches and tenant admins. */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH})
public class RubricService {
  @Inject RubricRepository rubrics;
  @Inject CompetencyService competencies;
  @Inject Clock clock;

  /**
   * One page of rubrics by title, with criteria and levels (batch-fetched: the statement count does
   * not grow with the page, see RubricIT).
   */
  public List<RubricDetails> page(int first, int size, boolean includeArchived) {
    return rubrics.page(first, size, includeArchived).stream().map(RubricDetails::of).toList();
  }

  public long count(boolean includeArchived) {
    return rubrics.count(includeArchived);
  }

  public RubricDetails find(String id) {
    return RubricDetails.of(load(id));
  }

  /** Whole rubrics by ID, archived ones too; IDs the tenant does not have are left out. */
  public List<RubricDetails> withIds(@NotNull Collection<String> ids) {
    return rubrics.withIds(ids).stream().map(RubricDetails::of).toList();
  }

  /** Every active rubric as ID and title, by title: what a coach picks from. */
  public List<RubricChoice> choices() {
    return rubrics.activeTitles().stream()
        .map(row -> new RubricChoice((String) row[0], (String) row[1]))
        .toList();
  }

  public RubricDetails create(@NotNull RubricContent content) {
    refuseUnknownCompetencies(content);
    Rubric rubric = new Rubric(content, clock.instant());
    rubrics.add(rubric);
    return RubricDetails.of(rubric);
  }

  public RubricDetails update(@NotNull String id, long version, @NotNull RubricContent content) {
    Rubric rubric = load(id, version);
    refuseUnknownCompetencies(content);
    rubric.revise(content, clock.instant());
    rubrics.flush();
    return RubricDetails.of(rubric);
  }

  public RubricDetails duplicate(@NotNull String id, @NotNull String copyTitle) {
    Rubric copy = load(id).copy(copyTitle, clock.instant());
    rubrics.add(copy);
    return RubricDetails.of(copy);
  }

  public RubricDetails archive(@NotNull String id, long version) {
    Rubric rubric = load(id, version);
    rubric.archive(clock.instant());
    rubrics.flush();
    return RubricDetails.of(rubric);
  }

  public RubricDetails restore(@NotNull String id, long version) {
    Rubric rubric = load(id, version);
    rubric.restore();
    rubrics.flush();
    return RubricDetails.of(rubric);
  }

  private void refuseUnknownCompetencies(RubricContent content) {
    Set<String> wanted =
        content.criteria().stream()
            .map(RubricContent.Criterion::competencyId)
            .filter(Objects::nonNull)
            .filter(id -> !id.isBlank())
            .collect(Collectors.toSet());
    Set<String> known =
        competencies.withIds(wanted).stream().map(CompetencyView::id).collect(Collectors.toSet());
    if (!known.containsAll(wanted)) {
      throw new RuleViolationException("criteria", "rubric.competency.unknown");
    }
  }

  private Rubric load(String id) {
    return rubrics.find(id).orElseThrow(() -> new NotFoundException("Rubric", id));
  }

  private Rubric load(String id, long version) {
    Rubric rubric = load(id);
    return Versions.requireCurrent(rubric, rubric.version(), version, "Rubric", id);
  }
}
