package app.coachroom.questionbank.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.application.CompetencyView;
import app.coachroom.identity.RequiresRole;
import app.coachroom.questionbank.domain.Diagram;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.questionbank.domain.DiagramView;
import app.coachroom.questionbank.domain.Question;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionFilter;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.questionbank.infrastructure.QuestionRepository;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.Versions;
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
  @Inject SealedAnswerKeys sealed;
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

  /**
   * Whole questions by ID, archived ones too, answer keys included (for publishing, exporting and
   * views that hide what {@link #sealedIds} says); IDs the tenant does not have are left out.
   */
  public List<QuestionDetails> withIds(@NotNull Collection<String> ids) {
    return questions.withIds(ids).stream().map(QuestionDetails::of).toList();
  }

  /** The questions whose answer keys the caller may not read (see {@link SealedAnswerKeys}). */
  public Set<String> sealedIds() {
    return sealed.questionIds();
  }

  public QuestionDetails create(@NotNull QuestionContent content) {
    return create(content, null);
  }

  /**
   * A new question; a system-design question may come with a newly uploaded diagram, stored in the
   * same transaction (so a refused question leaves no stray image behind).
   */
  public QuestionDetails create(@NotNull QuestionContent content, DiagramImage newDiagram) {
    QuestionContent checked = withDiagram(content, newDiagram);
    Question question = new Question(checked, clock.instant());
    questions.add(question);
    return QuestionDetails.of(question);
  }

  public QuestionDetails update(
      @NotNull String id, long version, @NotNull QuestionContent content) {
    return update(id, version, content, null);
  }

  /**
   * Saves the coach's edit. A new diagram replaces the shown one; the old one stays stored, since
   * published templates may show it.
   */
  public QuestionDetails update(
      @NotNull String id, long version, @NotNull QuestionContent content, DiagramImage newDiagram) {
    Question question = load(id, version);
    QuestionContent checked = withDiagram(content, newDiagram);
    question.revise(checked, clock.instant());
    questions.flush();
    return QuestionDetails.of(question);
  }

  /** The stored diagram's image, for serving it; unknown and other tenants' IDs are not found. */
  public DiagramImage diagram(String diagramId) {
    return questions
        .findDiagram(diagramId)
        .map(Diagram::image)
        .orElseThrow(() -> new NotFoundException("Diagram", diagramId));
  }

  /**
   * A diagram a frozen question shows, for a student sitting or reading that question. Only the
   * attempt service calls this, after checking that the attempt is the caller's own and that its
   * question shows this diagram.
   */
  @RequiresRole({TENANT_ADMIN, COACH, STUDENT})
  public DiagramImage diagramShownInAttempt(String diagramId) {
    return diagram(diagramId);
  }

  /** Name, type and size of a stored diagram, without its bytes. */
  public DiagramView diagramView(String diagramId) {
    return questions
        .diagramView(diagramId)
        .orElseThrow(() -> new NotFoundException("Diagram", diagramId));
  }

  /**
   * Checks the competencies and the diagram a question refers to, and stores a new diagram. A
   * question that is not about system design keeps no diagram, so none is stored for it.
   */
  private QuestionContent withDiagram(QuestionContent content, DiagramImage newDiagram) {
    refuseUnknownCompetencies(content);
    if (content.kind() != QuestionKind.SYSTEM_DESIGN) {
      return content.withDiagramId(null);
    }
    if (newDiagram != null) {
      // the content check runs again here: the image may come from a forged request or a file
      DiagramImage image = DiagramImage.check(newDiagram.fileName(), newDiagram.bytes());
      Diagram diagram = new Diagram(image, clock.instant());
      questions.addDiagram(diagram);
      return content.withDiagramId(diagram.id());
    }
    if (content.diagramId() != null && questions.diagramView(content.diagramId()).isEmpty()) {
      throw new RuleViolationException("diagram", "question.diagram.unknown");
    }
    return content;
  }

  /** A new question with the same content, titled as the coach's UI names copies. */
  public QuestionDetails duplicate(@NotNull String id, @NotNull String copyTitle) {
    // the copy shows the same stored diagram: diagrams never change, so sharing one is safe
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

  /**
   * The question, to read or change; refused to someone who takes an interview asking it as a
   * student (its answer key is not theirs to read, nor to change).
   */
  private Question load(String id) {
    Question question = questions.find(id).orElseThrow(() -> new NotFoundException("Question", id));
    if (sealed.questionIds().contains(id)) {
      throw new AccessDeniedException("The caller takes an interview asking question " + id);
    }
    return question;
  }

  private Question load(String id, long version) {
    Question question = load(id);
    return Versions.requireCurrent(question, question.version(), version, "Question", id);
  }
}
