package app.coachroom.growth;

import app.coachroom.growth.infrastructure.RecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The signed-in bootcamp's competency record as comparable text, read in a transaction (so the
 * session is the caller's tenant's).
 */
@ApplicationScoped
@Transactional
public class RecordRows {
  @Inject RecordRepository rows;

  /** Every level, note and standing. */
  public List<String> all() {
    List<String> all = new ArrayList<>(levels());
    all.addAll(notes());
    rows.allStandings().stream()
        .map(
            s ->
                String.join(
                    " ",
                    "standing",
                    s.student(),
                    s.competencyId(),
                    s.standing().toString(),
                    s.lastHandedInAt().toString()))
        .forEach(all::add);
    return all;
  }

  public List<String> levels() {
    return rows.allLevels().stream()
        .map(l -> level(l.attemptId(), l.student(), l.competencyId(), l.earned(), l.possible()))
        .sorted()
        .toList();
  }

  public List<String> notes() {
    return rows.allNotes().stream()
        .map(
            n ->
                String.join(
                    " ",
                    "note",
                    n.attemptId(),
                    String.valueOf(n.position()),
                    n.competencyId(),
                    n.comment()))
        .sorted()
        .toList();
  }

  /** A student's current level in a competency, or null without one. */
  public Double current(String student, String competencyId) {
    return rows.standing(student, competencyId).map(s -> s.standing().current()).orElse(null);
  }

  static String level(String attempt, String student, String competency, int earned, int possible) {
    return String.join(" ", "level", attempt, student, competency, earned + "/" + possible);
  }
}
