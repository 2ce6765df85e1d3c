package app.coachroom.growth.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.cohort.application.CohortService;
import app.coachroom.competency.application.CompetencyService;
import app.coachroom.growth.domain.CompetencyLevel;
import app.coachroom.growth.domain.CompetencyNote;
import app.coachroom.growth.domain.CompetencyStanding;
import app.coachroom.growth.infrastructure.RecordRepository;
import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.tenancy.application.People;
import app.coachroom.tenancy.application.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Students' profiles, read from the competency record in a fixed number of queries however many
 * interviews it holds: a student reads their own; the coaches of a cohort they study in, and tenant
 * admins, read theirs. Anyone else finds nothing.
 */
@ApplicationScoped
@Transactional
public class Profiles {
  @Inject RecordRepository record;
  @Inject CompetencyService competencies;
  @Inject TargetLevels targets;
  @Inject CohortService cohorts;
  @Inject People people;
  @Inject Caller caller;

  /** The caller's own profile. */
  @RequiresRole(STUDENT)
  public Profile mine() {
    return build(caller.subject(), caller.displayName());
  }

  /**
   * A student's profile, for a coach of a cohort they study in or a tenant admin; not found for
   * anyone else, an unknown person or a missing ID.
   */
  @RequiresRole({TENANT_ADMIN, COACH})
  public Profile of(String student) {
    if (student == null || !cohorts.coachesStudent(student)) {
      throw new NotFoundException("Student", student);
    }
    Person person = people.named(List.of(student)).get(student);
    return build(student, person == null ? null : person.name());
  }

  private Profile build(String student, String name) {
    Map<String, CompetencyStanding> standings =
        record.standingsOf(student).stream()
            .collect(Collectors.toMap(CompetencyStanding::competencyId, Function.identity()));
    List<String> ids = List.copyOf(standings.keySet());
    if (ids.isEmpty()) {
      return new Profile(student, name, List.of(), null, null);
    }
    List<CompetencyLevel> all = record.levelsOf(student);
    Map<String, List<CompetencyLevel>> levels =
        all.stream().collect(Collectors.groupingBy(CompetencyLevel::competencyId));
    Map<String, String> titles =
        all.stream()
            .collect(
                Collectors.toMap(CompetencyLevel::attemptId, CompetencyLevel::title, (a, b) -> a));
    Map<String, List<CompetencyNote>> notes =
        record.notesOf(student).stream()
            .collect(Collectors.groupingBy(CompetencyNote::competencyId));
    Map<String, String> names = competencies.names(ids);
    Map<String, Integer> aims = targets.of(ids);
    List<Profile.Growth> growth =
        ids.stream()
            .filter(names::containsKey) // an archived competency keeps its name; a deleted one not
            .map(
                id -> {
                  CompetencyStanding standing = standings.get(id);
                  return new Profile.Growth(
                      id,
                      names.get(id),
                      aims.get(id),
                      standing.standing().current(),
                      standing.standing().interviews(),
                      standing.standing().falling(),
                      levels.getOrDefault(id, List.of()).stream()
                          .map(
                              l ->
                                  new Profile.Point(
                                      l.attemptId(), l.title(), l.handedInAt(), l.level()))
                          .toList(),
                      notes.getOrDefault(id, List.of()).stream()
                          .sorted(Comparator.comparing(CompetencyNote::handedInAt).reversed())
                          .map(
                              n ->
                                  new Profile.Comment(
                                      n.attemptId(),
                                      titles.getOrDefault(n.attemptId(), ""),
                                      n.handedInAt(),
                                      n.position() + 1,
                                      n.comment()))
                          .toList());
                })
            .sorted(Comparator.comparing(Profile.Growth::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    Comparator<Profile.Growth> byLevel = Comparator.comparingDouble(Profile.Growth::current);
    return new Profile(
        student,
        name,
        growth,
        growth.stream().max(byLevel).orElse(null),
        growth.stream().min(byLevel).orElse(null));
  }
}
