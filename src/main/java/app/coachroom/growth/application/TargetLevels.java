package app.coachroom.growth.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.application.CompetencyView;
import app.coachroom.growth.domain.CompetencyTarget;
import app.coachroom.growth.infrastructure.RecordRepository;
import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.Audited;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.tenancy.application.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The level students should reach per competency: the bootcamp's default target (Bootcamp
 * settings), or a competency's own, set by tenant admins and audited.
 */
@ApplicationScoped
@Transactional
public class TargetLevels {
  @Inject RecordRepository record;
  @Inject CompetencyService competencies;
  @Inject TenantSettings bootcamp;
  @Inject Event<Audited> audit;
  @Inject Caller caller;
  @Inject Clock clock;

  /**
   * One competency and its target.
   *
   * @param own the competency's own target, null when it follows the bootcamp's default
   */
  public record Target(String competencyId, String name, Integer own, int effective)
      implements Serializable {}

  /** The target of each of these competencies (the default where they have none of their own). */
  @RequiresRole({TENANT_ADMIN, COACH, STUDENT})
  public Map<String, Integer> of(@NotNull List<String> competencyIds) {
    int fallback = bootcamp.defaultTarget();
    Map<String, Integer> own = own();
    Map<String, Integer> targets = new HashMap<>();
    competencyIds.forEach(id -> targets.put(id, own.getOrDefault(id, fallback)));
    return targets;
  }

  /** Every competency not archived, by name, with its target. */
  @RequiresRole(TENANT_ADMIN)
  public List<Target> all() {
    int fallback = bootcamp.defaultTarget();
    Map<String, Integer> own = own();
    return competencies.list(false).stream()
        .map(c -> new Target(c.id(), c.name(), own.get(c.id()), own.getOrDefault(c.id(), fallback)))
        .toList();
  }

  /**
   * Sets competencies' own targets at once, all or nothing: a target for each ID, or null to follow
   * the bootcamp's default again. Any target outside 0 to 100 refuses them all.
   */
  @RequiresRole(TENANT_ADMIN)
  public void setAll(@NotNull Map<String, Integer> targets) {
    targets.values().stream().filter(Objects::nonNull).forEach(CompetencyTarget::checked);
    Map<String, String> names =
        competencies.list(true).stream()
            .collect(Collectors.toMap(CompetencyView::id, CompetencyView::name));
    targets.forEach((id, target) -> set(id, target, names));
  }

  /** Gives a competency its own target, or (null) lets it follow the bootcamp's default again. */
  private void set(String competencyId, Integer target, Map<String, String> names) {
    String name = names.get(competencyId);
    if (name == null) {
      throw new NotFoundException("Competency", competencyId);
    }
    Optional<CompetencyTarget> existing = record.target(competencyId);
    Integer before = existing.map(CompetencyTarget::target).orElse(null);
    if (target == null) {
      existing.ifPresent(record::remove);
    } else if (existing.isPresent()) {
      existing.get().aimFor(target);
    } else {
      record.add(new CompetencyTarget(competencyId, target, clock.instant()));
    }
    record.flush();
    if (!Objects.equals(before, target)) {
      audit.fire(
          new Audited(
              caller.persistenceTenant(),
              AuditAction.TENANT_SETTINGS_CHANGED,
              null,
              null,
              "target level: " + name,
              before == null ? "default" : before.toString(),
              target == null ? "default" : target.toString()));
    }
  }

  private Map<String, Integer> own() {
    return record.targets().stream()
        .collect(Collectors.toMap(CompetencyTarget::competencyId, CompetencyTarget::target));
  }
}
