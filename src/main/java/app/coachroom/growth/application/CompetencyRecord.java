package app.coachroom.growth.application;

import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.assignment.application.IdentitiesRevealed;
import app.coachroom.grading.application.AttemptEvidence;
import app.coachroom.grading.application.ReleasedEvidence;
import app.coachroom.grading.application.ResultsChanged;
import app.coachroom.growth.domain.CompetencyLevel;
import app.coachroom.growth.domain.CompetencyNote;
import app.coachroom.growth.domain.CompetencyStanding;
import app.coachroom.growth.domain.Standing;
import app.coachroom.growth.infrastructure.RecordRepository;
import app.coachroom.identity.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The competency record, a projection of released reviews: per attempt and competency the level its
 * evidence gives, per student and competency where they stand now. It follows every change of
 * released results inside the transaction that makes it (release, take-back, regrade, reveal of
 * anonymous work), so it is never recomputed on a page view; {@link #rebuild} recomputes it from
 * scratch and must give the same rows.
 */
@ApplicationScoped
@Transactional
public class CompetencyRecord {
  @Inject RecordRepository record;
  @Inject ReleasedEvidence evidence;
  @Inject Clock clock;

  void onResultsChanged(@Observes ResultsChanged changed) {
    refresh(changed.attemptId());
  }

  void onRevealed(@Observes IdentitiesRevealed revealed) {
    evidence.releasedAttempts(revealed.assignmentId()).forEach(this::refresh);
  }

  /**
   * Recomputes the caller's bootcamp's record from every released review (after an upgrade, or to
   * check it); returns how many attempts it counted.
   */
  @RequiresRole(TENANT_ADMIN)
  public int rebuild() {
    record.allLevels().forEach(record::remove);
    record.allNotes().forEach(record::remove);
    record.allStandings().forEach(record::remove);
    record.flush();
    List<String> released = evidence.releasedAttempts();
    released.forEach(this::refresh);
    return released.size();
  }

  /**
   * The attempt's levels as its released review now gives them (none if not released or not to be
   * counted), and the standings of its student in the competencies it gave or gives evidence for.
   */
  private void refresh(String attemptId) {
    Instant now = clock.instant();
    Set<Key> touched = new LinkedHashSet<>();
    for (CompetencyLevel old : record.levelsOfAttempt(attemptId)) {
      touched.add(new Key(old.student(), old.competencyId()));
      record.remove(old);
    }
    record.notesOfAttempt(attemptId).forEach(record::remove);
    record.flush(); // the same attempt and competency may come back: deletes go first
    evidence.of(attemptId).ifPresent(e -> touched.addAll(write(e, now)));
    record.flush();
    touched.forEach(key -> restand(key, now));
  }

  /** Writes the attempt's levels and notes; returns the student's competencies it gave levels. */
  private Set<Key> write(AttemptEvidence e, Instant now) {
    Set<Key> written = new LinkedHashSet<>();
    sums(e)
        .forEach(
            (competency, points) -> {
              record.add(
                  new CompetencyLevel(
                      e.attemptId(),
                      e.student(),
                      competency,
                      e.cohortId(),
                      e.assignmentId(),
                      e.templateId(),
                      e.title(),
                      e.stage(),
                      e.handedInAt(),
                      points[0],
                      points[1],
                      now));
              written.add(new Key(e.student(), competency));
            });
    for (AttemptEvidence.Note note : e.notes()) {
      record.add(
          new CompetencyNote(
              e.attemptId(),
              e.student(),
              note.competencyId(),
              note.position(),
              note.comment(),
              e.handedInAt(),
              now));
    }
    return written;
  }

  /** Earned and possible points per competency over the attempt's evidence, with any possible. */
  private static Map<String, int[]> sums(AttemptEvidence e) {
    Map<String, int[]> sums = new LinkedHashMap<>();
    for (AttemptEvidence.Piece piece : e.evidence()) {
      int[] sum = sums.computeIfAbsent(piece.competencyId(), k -> new int[2]);
      sum[0] += piece.points();
      sum[1] += piece.maxPoints();
    }
    sums.values().removeIf(sum -> sum[1] <= 0);
    return sums;
  }

  private void restand(Key key, Instant at) {
    List<CompetencyLevel> levels = record.levels(key.student(), key.competencyId());
    var existing = record.standing(key.student(), key.competencyId());
    if (levels.isEmpty()) {
      existing.ifPresent(record::remove);
      return;
    }
    Standing standing = Standing.of(levels.stream().map(CompetencyLevel::level).toList());
    Instant last = levels.get(levels.size() - 1).handedInAt();
    if (existing.isPresent()) {
      existing.get().update(standing, last);
    } else {
      // complete before persisting: Hibernate inserts the state it is given at persist
      CompetencyStanding made = new CompetencyStanding(key.student(), key.competencyId(), at);
      made.update(standing, last);
      record.add(made);
    }
  }

  private record Key(String student, String competencyId) {}
}
