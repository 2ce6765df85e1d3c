package app.coachroom.library.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.competency.application.CompetencyDetails;
import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.application.CompetencyView;
import app.coachroom.competency.domain.Competency;
import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.library.domain.AuthoringFile;
import app.coachroom.library.domain.AuthoringFile.CompetencyEntry;
import app.coachroom.library.domain.AuthoringFile.QuestionEntry;
import app.coachroom.library.domain.AuthoringFile.RubricEntry;
import app.coachroom.library.domain.AuthoringJson;
import app.coachroom.library.domain.Problem;
import app.coachroom.questionbank.application.QuestionDetails;
import app.coachroom.questionbank.application.QuestionRow;
import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.questionbank.domain.Question;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionFilter;
import app.coachroom.questionbank.domain.QuestionJson;
import app.coachroom.rubric.application.RubricDetails;
import app.coachroom.rubric.application.RubricService;
import app.coachroom.rubric.domain.Rubric;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.rubric.domain.RubricJson;
import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.Audited;
import app.coachroom.shared.domain.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Export and import of the active tenant's question bank and rubrics, with the competencies they
 * name. An import is checked completely before anything is written; a file with any problem imports
 * nothing and gets the list of all its problems.
 */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH})
public class AuthoringTransfer {
  /** The largest file accepted, in characters (about 20 MB: diagrams travel inside as Base64). */
  public static final int MAX_CHARS = 20_000_000;

  @Inject CompetencyService competencies;
  @Inject QuestionService questions;
  @Inject RubricService rubrics;
  @Inject Event<Audited> audit;
  @Inject Caller caller;
  @Inject Clock clock;

  /**
   * Every competency, question and rubric of the tenant, archived ones too, as JSON; without the
   * questions the caller is asked in an interview they take as a student (their answer keys are not
   * the caller's to read).
   */
  public String export() {
    List<CompetencyView> allCompetencies = competencies.list(true);
    Map<String, String> names =
        allCompetencies.stream()
            .collect(Collectors.toMap(CompetencyView::id, CompetencyView::name));
    List<CompetencyEntry> competencyEntries =
        allCompetencies.stream()
            .map(c -> new CompetencyEntry(c.name(), c.description(), c.kind(), c.archived()))
            .sorted(Comparator.comparing((CompetencyEntry c) -> c.name().toLowerCase(Locale.ROOT)))
            .toList();

    QuestionFilter all = QuestionFilter.everything();
    Set<String> sealed = questions.sealedIds();
    List<String> questionIds =
        questions.search(all, 0, (int) questions.count(all)).stream()
            .map(QuestionRow::id)
            .filter(id -> !sealed.contains(id))
            .toList();
    List<QuestionEntry> questionEntries =
        questions.withIds(questionIds).stream()
            .map(
                q ->
                    new QuestionEntry(
                        withNames(q.content(), names),
                        q.archived(),
                        q.content().diagramId() == null
                            ? null
                            : questions.diagram(q.content().diagramId())))
            .sorted(
                Comparator.comparing((QuestionEntry q) -> q.content().title())
                    .thenComparing(q -> QuestionJson.write(q.content()))
                    .thenComparing(q -> q.diagram() == null ? "" : q.diagram().sha256()))
            .toList();

    List<RubricEntry> rubricEntries =
        rubrics.page(0, (int) rubrics.count(true), true).stream()
            .map(r -> new RubricEntry(withNames(r.content(), names), r.archived()))
            .sorted(
                Comparator.comparing((RubricEntry r) -> r.content().title())
                    .thenComparing(r -> RubricJson.write(r.content())))
            .toList();
    return AuthoringJson.write(
        new AuthoringFile(competencyEntries, questionEntries, rubricEntries));
  }

  /** Reads and imports a file, all or nothing. */
  public ImportReport importFile(@NotNull String text) {
    if (text.length() > MAX_CHARS) {
      return ImportReport.refused(List.of(Problem.ofFile("import.tooLarge")));
    }
    AuthoringJson.Read read = AuthoringJson.read(text);
    if (read.file() == null) {
      return ImportReport.refused(read.problems());
    }
    ImportReport report = importContent(read.file(), read.problems(), read::entryNumber).report();
    if (report.imported()) {
      audit.fire(
          new Audited(
              caller.persistenceTenant(),
              AuditAction.AUTHORING_IMPORTED,
              "authoring file",
              report.summary()));
    }
    return report;
  }

  /** Numbers entries as they appear in the file (the file may have had entries left out). */
  public interface EntryNumbers {
    int of(String section, int index);
  }

  /** The result of an import, with the IDs of what it created by title (for the starter pack). */
  public record Imported(
      ImportReport report, Map<String, String> questionIds, Map<String, String> rubricIds) {}

  /** Checks and imports parsed content, all or nothing (the starter pack). */
  public Imported importContent(@NotNull AuthoringFile file) {
    return importContent(file, List.of(), (section, index) -> index + 1);
  }

  /**
   * Checks the content rules of every entry, adds those problems to the ones found while reading,
   * and imports only when there are none.
   */
  private Imported importContent(AuthoringFile file, List<Problem> earlier, EntryNumbers numbers) {
    Instant now = clock.instant();
    List<Problem> problems = new ArrayList<>(earlier);
    if (earlier.isEmpty()
        && file.competencies().isEmpty()
        && file.questions().isEmpty()
        && file.rubrics().isEmpty()) {
      problems.add(Problem.ofFile("import.empty"));
    }
    Map<String, CompetencyView> existing = new HashMap<>();
    competencies.list(true).forEach(c -> existing.put(key(c.name()), c));
    Set<String> known = new HashSet<>(existing.keySet());
    Set<String> inFile = new HashSet<>();
    for (int i = 0; i < file.competencies().size(); i++) {
      CompetencyEntry c = file.competencies().get(i);
      int n = numbers.of("competencies", i);
      check(
          problems,
          "competencies",
          n,
          c.name(),
          () -> new Competency(c.name(), c.description(), c.kind(), now));
      if (c.name() != null && !inFile.add(key(c.name()))) {
        problems.add(
            Problem.of("competencies", n, c.name(), "import.competency.duplicate", c.name()));
      }
      if (c.name() != null) {
        known.add(key(c.name()));
      }
    }
    for (int i = 0; i < file.questions().size(); i++) {
      QuestionEntry q = file.questions().get(i);
      int n = numbers.of("questions", i);
      for (String name : q.content().competencyIds()) {
        if (!known.contains(key(name))) {
          problems.add(
              Problem.of("questions", n, q.content().title(), "import.competency.unknown", name));
        }
      }
      check(problems, "questions", n, q.content().title(), () -> new Question(q.content(), now));
    }
    for (int i = 0; i < file.rubrics().size(); i++) {
      RubricEntry r = file.rubrics().get(i);
      int n = numbers.of("rubrics", i);
      for (RubricContent.Criterion criterion : r.content().criteria()) {
        if (criterion.competencyId() != null && !known.contains(key(criterion.competencyId()))) {
          problems.add(
              Problem.of(
                  "rubrics",
                  n,
                  r.content().title(),
                  "import.competency.unknown",
                  criterion.competencyId()));
        }
      }
      check(problems, "rubrics", n, r.content().title(), () -> new Rubric(r.content(), now));
    }
    if (!problems.isEmpty()) {
      List<String> order = List.of("competencies", "questions", "rubrics");
      problems.sort(
          Comparator.comparingInt(
                  (Problem p) -> p.section() == null ? -1 : order.indexOf(p.section()))
              .thenComparingInt(Problem::entry));
      return new Imported(ImportReport.refused(problems), Map.of(), Map.of());
    }
    return write(file, existing);
  }

  private Imported write(AuthoringFile file, Map<String, CompetencyView> existing) {
    Map<String, String> ids = new HashMap<>();
    existing.forEach((key, c) -> ids.put(key, c.id()));
    int created = 0;
    int reused = 0;
    for (CompetencyEntry c : file.competencies()) {
      if (ids.containsKey(key(c.name()))) {
        reused++;
        continue;
      }
      CompetencyView made =
          competencies.create(new CompetencyDetails(c.name(), c.description(), c.kind()));
      if (c.archived()) {
        competencies.archive(made.id(), made.version());
      }
      ids.put(key(c.name()), made.id());
      created++;
    }
    Function<String, String> idOf = name -> ids.get(key(name));
    Map<String, String> questionIds = new LinkedHashMap<>();
    for (QuestionEntry q : file.questions()) {
      QuestionDetails made = questions.create(withIds(q.content(), idOf), q.diagram());
      if (q.archived()) {
        questions.archive(made.id(), made.version());
      }
      questionIds.putIfAbsent(made.content().title(), made.id());
    }
    Map<String, String> rubricIds = new LinkedHashMap<>();
    for (RubricEntry r : file.rubrics()) {
      RubricDetails made = rubrics.create(withIds(r.content(), idOf));
      if (r.archived()) {
        rubrics.archive(made.id(), made.version());
      }
      rubricIds.putIfAbsent(made.content().title(), made.id());
    }
    return new Imported(
        new ImportReport(
            List.of(), created, reused, file.questions().size(), file.rubrics().size()),
        questionIds,
        rubricIds);
  }

  private static void check(
      List<Problem> problems, String section, int number, String title, Runnable build) {
    try {
      build.run();
    } catch (RuleViolationException e) {
      problems.add(Problem.of(section, number, title, e.messageKey(), e.args()));
    }
  }

  private static String key(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }

  private static QuestionContent withNames(QuestionContent c, Map<String, String> names) {
    return withCompetencies(c, c.competencyIds().stream().map(names::get).sorted().toList());
  }

  private static QuestionContent withIds(QuestionContent c, Function<String, String> idOf) {
    return withCompetencies(c, c.competencyIds().stream().map(idOf).distinct().toList());
  }

  private static QuestionContent withCompetencies(QuestionContent c, List<String> competencies) {
    return new QuestionContent(
        c.kind(),
        c.title(),
        c.prompt(),
        c.stage(),
        c.difficulty(),
        c.language(),
        c.starterCode(),
        c.referenceSolution(),
        c.severalCorrect(),
        c.choices(),
        c.answerMedia(),
        competencies);
  }

  private static RubricContent withNames(RubricContent c, Map<String, String> names) {
    return mapCompetencies(c, id -> id == null ? null : names.get(id));
  }

  private static RubricContent withIds(RubricContent c, Function<String, String> idOf) {
    return mapCompetencies(c, name -> name == null ? null : idOf.apply(name));
  }

  private static RubricContent mapCompetencies(RubricContent c, Function<String, String> map) {
    return new RubricContent(
        c.title(),
        c.description(),
        c.criteria().stream()
            .map(
                k ->
                    new RubricContent.Criterion(
                        k.title(), k.description(), map.apply(k.competencyId()), k.levels()))
            .toList());
  }
}
