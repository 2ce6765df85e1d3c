package app.coachroom.questionbank.application;

import static app.coachroom.tenancy.domain.Role.COACH;
import static app.coachroom.tenancy.domain.Role.TENANT_ADMIN;

import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.application.CompetencyView;
import app.coachroom.questionbank.domain.Question;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionFilter;
import app.coachroom.questionbank.infrastructure.QuestionRepository;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.Versions;
import app.coachroom.tenancy.application.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The active tenant's question bank. Only coaches and tenant admins reach it: students meet
 * questions inside an interview, never here, and never see a reference solution.
 */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH})
public class QuestionService {
  @Inject QuestionRepository questions;
  @Inject CompetencyService competencies;
  @Inject Clock clock;

  /** One page of matching questions by title, with their competency names (three queries). */
  public List<QuestionRow> search(@NotNull QuestionFilter filter, int first, int size) {
    List<Question> page = questions.page(filter, first, size);
    Map<String, List<String>> tags = questions.tags(page.stream().map(Question::id).toList());
    Set<String> tagged = new HashSet<>();
    tags.values().forEach(tagged::addAll);
    Map<String, String> names =
        competencies.withIds(tagged).stream()
            .collect(Collectors.toMap(CompetencyView::id, CompetencyView::name));
    return page.stream()
        .map(
            q ->
                new QuestionRow(
                    q.id(),
                    q.kind(),
                    q.title(),
                    q.stage(),
                    q.difficulty(),
                    tags.getOrDefault(q.id(), List.of()).stream().map(names::get).sorted().toList(),
                    q.isArchived(),
                    q.updatedAt(),
                    q.version()))
        .toList();
  }

  public long count(@NotNull QuestionFilter filter) {
    return questions.count(filter);
  }

  public QuestionDetails find(String id) {
    return QuestionDetails.of(load(id));
  }

  /** Whole questions by ID, archived ones too; IDs the tenant does not have are left out. */
  public List<QuestionDetails> withIds(@NotNull Collection<String> ids) {
    return questions.withIds(ids).stream().map(QuestionDetails::of).toList();
  }

  public QuestionDetails create(@NotNull QuestionContent content) {
    refuseUnknownCompetencies(content);
    Question question = new Question(content, clock.instant());
    questions.add(question);
    return QuestionDetails.of(question);
  }

  public QuestionDetails update(
      @NotNull String id, long version, @NotNull QuestionContent content) {
    Question question = load(id, version);
    refuseUnknownCompetencies(content);
    question.revise(content, clock.instant());
    questions.flush();
    return QuestionDetails.of(question);
  }

  /** A new question with the same content, titled as the coach's UI names copies. */
  public QuestionDetails duplicate(@NotNull String id, @NotNull String copyTitle) {
    Question copy = load(id).copy(copyTitle, clock.instant());
    questions.add(copy);
    return QuestionDetails.of(copy);
  }

  public QuestionDetails archive(@NotNull String id, long version) {
    Question question = load(id, version);
    question.archive(clock.instant());
    questions.flush();
    return QuestionDetails.of(question);
  }

  public QuestionDetails restore(@NotNull String id, long version) {
    Question question = load(id, version);
    question.restore();
    questions.flush();
    return QuestionDetails.of(question);
  }

  private void refuseUnknownCompetencies(QuestionContent content) {
    Set<String> wanted = new HashSet<>(content.competencyIds());
    Set<String> known =
        competencies.withIds(wanted).stream().map(CompetencyView::id).collect(Collectors.toSet());
    if (!known.containsAll(wanted)) {
      throw new RuleViolationException("competencies", "question.competencies.unknown");
    }
  }

  private Question load(String id) {
    return questions.find(id).orElseThrow(() -> new NotFoundException("Question", id));
  }

  private Question load(String id, long version) {
    Question question = load(id);
    return Versions.requireCurrent(question, question.version(), version, "Question", id);
  }
}
