package app.coachroom.interviewtemplate.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.identity.RequiresRole;
import app.coachroom.interviewtemplate.domain.InterviewTemplate;
import app.coachroom.interviewtemplate.domain.PublishingSources;
import app.coachroom.interviewtemplate.domain.TemplateContent;
import app.coachroom.interviewtemplate.domain.TemplateItem;
import app.coachroom.interviewtemplate.domain.TemplateVersion;
import app.coachroom.interviewtemplate.infrastructure.TemplateRepository;
import app.coachroom.questionbank.application.QuestionDetails;
import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.questionbank.domain.QuestionJson;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.rubric.application.RubricDetails;
import app.coachroom.rubric.application.RubricService;
import app.coachroom.rubric.domain.RubricJson;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The active tenant's mock-interview templates, written by coaches and tenant admins. Students
 * never reach this service: they meet a published version through an assignment.
 */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH})
public class InterviewTemplateService {
  private static final int ASSIGNABLE_MAX = 500;

  @Inject TemplateRepository templates;
  @Inject QuestionService questions;
  @Inject RubricService rubrics;
  @Inject Clock clock;

  public List<TemplateRow> page(int first, int size, boolean includeArchived) {
    return templates.page(first, size, includeArchived).stream().map(this::row).toList();
  }

  public long count(boolean includeArchived) {
    return templates.count(includeArchived);
  }

  public TemplateDetails find(String id) {
    return details(load(id));
  }

  /** One version, frozen as published or (for the draft) with today's questions and rubrics. */
  public VersionView version(String id, int number) {
    InterviewTemplate template = load(id);
    TemplateVersion version =
        template
            .version(number)
            .orElseThrow(() -> new NotFoundException("Template version", id + "/" + number));
    return view(version);
  }

  /** Templates a coach can assign: not archived, with a published version; by title. */
  public List<PublishedVersion> assignable() {
    return templates.publishedVersions(ASSIGNABLE_MAX).stream()
        .map(InterviewTemplateService::published)
        .toList();
  }

  /**
   * The version a new assignment of the template gets: its published one. A template without one,
   * or archived, is refused with a message saying so.
   */
  public PublishedVersion publishedVersion(@NotNull String id) {
    InterviewTemplate template = load(id);
    if (template.isArchived()) {
      throw new RuleViolationException("template", "assignment.template.archived");
    }
    return template
        .published()
        .map(InterviewTemplateService::published)
        .orElseThrow(() -> new RuleViolationException("template", "assignment.template.draft"));
  }

  private static PublishedVersion published(TemplateVersion version) {
    return new PublishedVersion(
        version.template().id(), version.id(), version.number(), version.title());
  }

  public TemplateDetails create(@NotNull TemplateContent content) {
    References references = checkedReferences(content);
    InterviewTemplate template = new InterviewTemplate(content, clock.instant());
    templates.add(template);
    return details(template, references);
  }

  /** Saves into the draft, starting a new draft if the newest version is published. */
  public TemplateDetails saveDraft(
      @NotNull String id, long version, @NotNull TemplateContent content) {
    InterviewTemplate template = load(id, version);
    References references = checkedReferences(content);
    template.saveDraft(content, clock.instant());
    templates.flush();
    return details(template, references);
  }

  /** Publishes the draft as it is saved. */
  public TemplateDetails publish(@NotNull String id, long version) {
    InterviewTemplate template = load(id, version);
    template.publish(sources(references(template.working().content())), clock.instant());
    templates.flush();
    return details(template);
  }

  /**
   * Saves the content (into a new template when id is null) and publishes it, all or nothing: if
   * publishing is refused, nothing is saved either.
   */
  public TemplateDetails saveAndPublish(String id, long version, @NotNull TemplateContent content) {
    References references = checkedReferences(content);
    InterviewTemplate template;
    if (id == null) {
      template = new InterviewTemplate(content, clock.instant());
      templates.add(template);
    } else {
      template = load(id, version);
      template.saveDraft(content, clock.instant());
    }
    template.publish(sources(references), clock.instant());
    templates.flush();
    return details(template);
  }

  public TemplateDetails discardDraft(@NotNull String id, long version) {
    InterviewTemplate template = load(id, version);
    template.discardDraft(clock.instant());
    templates.flush();
    return details(template);
  }

  public TemplateDetails duplicate(@NotNull String id, @NotNull String copyTitle) {
    InterviewTemplate copy = load(id).copy(copyTitle, clock.instant());
    templates.add(copy);
    return details(copy);
  }

  public TemplateDetails archive(@NotNull String id, long version) {
    InterviewTemplate template = load(id, version);
    template.archive(clock.instant());
    templates.flush();
    return details(template);
  }

  public TemplateDetails restore(@NotNull String id, long version) {
    InterviewTemplate template = load(id, version);
    template.restore(clock.instant());
    templates.flush();
    return details(template);
  }

  private TemplateRow row(InterviewTemplate t) {
    return new TemplateRow(
        t.id(),
        t.title(),
        t.stage(),
        t.published().map(TemplateVersion::number).orElse(null),
        t.draft().map(TemplateVersion::number).orElse(null),
        t.working().items().size(),
        t.isArchived(),
        t.updatedAt(),
        t.version());
  }

  private TemplateDetails details(InterviewTemplate t) {
    return details(t, null);
  }

  /**
   * @param references the questions and rubrics of the working version if already loaded, else null
   */
  private TemplateDetails details(InterviewTemplate t, References references) {
    return new TemplateDetails(
        t.id(),
        t.version(),
        t.isArchived(),
        t.versions().stream()
            .map(
                v ->
                    new TemplateDetails.VersionInfo(
                        v.number(), v.status(), v.publishedAt(), v.updatedAt()))
            .toList(),
        view(t.working(), references));
  }

  private VersionView view(TemplateVersion version) {
    return view(version, null);
  }

  /**
   * A version as the caller reads it: without the answer keys of questions they are asked in an
   * interview they take as a student.
   */
  private VersionView view(TemplateVersion version, References loaded) {
    TemplateContent content = version.content();
    Set<String> sealed = questions.sealedIds();
    List<VersionView.Item> items =
        (version.isFrozen()
                ? frozenItems(version)
                : liveItems(content, loaded != null ? loaded : references(content)))
            .stream()
                .map(item -> sealed.contains(item.questionId()) ? item.withoutAnswerKey() : item)
                .toList();
    return new VersionView(
        version.number(),
        version.status(),
        version.publishedAt(),
        version.updatedAt(),
        content,
        items);
  }

  private static List<VersionView.Item> frozenItems(TemplateVersion version) {
    return version.items().stream()
        .map(
            (TemplateItem item) -> {
              TemplateContent.Item times = item.content();
              return new VersionView.Item(
                  item.questionId(),
                  QuestionJson.read(item.questionSnapshot()),
                  false,
                  times.prepSeconds(),
                  times.answerSeconds(),
                  item.rubricSnapshot() == null ? null : RubricJson.read(item.rubricSnapshot()),
                  item.rubricId() != null,
                  false);
            })
        .toList();
  }

  private static List<VersionView.Item> liveItems(TemplateContent content, References references) {
    Map<String, QuestionDetails> byQuestion = references.questions();
    Map<String, RubricDetails> byRubric = references.rubrics();
    return content.items().stream()
        .map(
            item -> {
              QuestionDetails question = byQuestion.get(item.questionId());
              String rubricId =
                  TemplateVersion.gradingRubricId(
                      item.rubricId(), content.defaultRubricId(), autoScored(question));
              RubricDetails rubric = rubricId == null ? null : byRubric.get(rubricId);
              return new VersionView.Item(
                  item.questionId(),
                  question.content(),
                  question.archived(),
                  item.prepSeconds(),
                  item.answerSeconds(),
                  rubric == null ? null : rubric.content(),
                  item.rubricId() != null,
                  false);
            })
        .toList();
  }

  private static PublishingSources sources(References references) {
    Map<String, QuestionDetails> byQuestion = references.questions();
    Map<String, RubricDetails> byRubric = references.rubrics();
    return new PublishingSources() {
      @Override
      public Optional<FrozenQuestion> question(String questionId) {
        return Optional.ofNullable(byQuestion.get(questionId))
            .map(
                q ->
                    new FrozenQuestion(
                        q.content().title(),
                        q.archived(),
                        autoScored(q),
                        QuestionJson.write(q.content())));
      }

      @Override
      public Optional<FrozenRubric> rubric(String rubricId) {
        return Optional.ofNullable(byRubric.get(rubricId))
            .map(
                r ->
                    new FrozenRubric(
                        r.content().title(), r.archived(), RubricJson.write(r.content())));
      }
    };
  }

  private static boolean autoScored(QuestionDetails question) {
    return question.content().kind() == QuestionKind.MULTIPLE_CHOICE;
  }

  /** The tenant's questions and rubrics a template names, by ID (unknown IDs are left out). */
  private record References(
      Map<String, QuestionDetails> questions, Map<String, RubricDetails> rubrics) {}

  private References references(TemplateContent content) {
    return new References(
        questions.withIds(questionIds(content)).stream()
            .collect(Collectors.toMap(QuestionDetails::id, Function.identity())),
        rubrics.withIds(rubricIds(content)).stream()
            .collect(Collectors.toMap(RubricDetails::id, Function.identity())));
  }

  private static Set<String> questionIds(TemplateContent content) {
    return content.items().stream()
        .map(TemplateContent.Item::questionId)
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }

  private static Set<String> rubricIds(TemplateContent content) {
    Set<String> ids = new HashSet<>();
    if (content.defaultRubricId() != null && !content.defaultRubricId().isBlank()) {
      ids.add(content.defaultRubricId());
    }
    content.items().stream()
        .map(TemplateContent.Item::rubricId)
        .filter(id -> id != null && !id.isBlank())
        .forEach(ids::add);
    return ids;
  }

  /**
   * The template's questions and rubrics, loaded once; another tenant's (or a made-up) question or
   * rubric ID is refused like an unknown one.
   */
  private References checkedReferences(TemplateContent content) {
    References references = references(content);
    if (!references.questions().keySet().containsAll(questionIds(content))) {
      throw new RuleViolationException("items", "template.question.unknown");
    }
    if (!references.rubrics().keySet().containsAll(rubricIds(content))) {
      throw new RuleViolationException("defaultRubric", "template.rubric.unknown");
    }
    return references;
  }

  private InterviewTemplate load(String id) {
    return templates.find(id).orElseThrow(() -> new NotFoundException("Template", id));
  }

  private InterviewTemplate load(String id, long version) {
    InterviewTemplate template = load(id);
    return Versions.requireCurrent(template, template.version(), version, "Template", id);
  }
}
