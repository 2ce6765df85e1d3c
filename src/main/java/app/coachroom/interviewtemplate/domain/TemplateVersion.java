package app.coachroom.interviewtemplate.domain;

import app.coachroom.interviewtemplate.domain.PublishingSources.FrozenQuestion;
import app.coachroom.interviewtemplate.domain.PublishingSources.FrozenRubric;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.TenantOwned;
import app.coachroom.shared.domain.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * One numbered version of a template. A draft can be revised; publishing checks that every question
 * can be answered and graded, copies the questions and rubrics into the items, and from then on the
 * version never changes.
 */
@Entity
@Table(name = "template_version")
public class TemplateVersion extends TenantOwned {
  public static final int TITLE_MAX = 200;
  public static final int INSTRUCTIONS_MAX = 5000;
  public static final int ITEMS_MAX = 30;
  public static final int PREP_MAX_SECONDS = 600;
  public static final int ANSWER_MIN_SECONDS = 60;
  public static final int ANSWER_MAX_SECONDS = 3 * 3600;
  public static final int OVERALL_MIN_SECONDS = 60;
  public static final int OVERALL_MAX_SECONDS = 8 * 3600;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "template_id", nullable = false, updatable = false)
  private InterviewTemplate template;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private VersionStatus status;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(columnDefinition = "TEXT")
  private String instructions;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private InterviewStage stage;

  @Column(name = "overall_seconds", nullable = false)
  private int overallSeconds;

  @Column(name = "default_rubric_id", length = 36)
  private String defaultRubricId;

  @OneToMany(mappedBy = "templateVersion", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchSize(size = 50)
  private List<TemplateItem> items = new ArrayList<>();

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected TemplateVersion() {}

  TemplateVersion(InterviewTemplate template, int number, TemplateContent content, Instant now) {
    super(now);
    this.template = template;
    this.number = number;
    this.status = VersionStatus.DRAFT;
    write(checked(content), now);
  }

  /** Replaces everything in this draft; a published version refuses. */
  void revise(TemplateContent content, Instant now) {
    requireDraft();
    write(checked(content), now);
  }

  private void write(TemplateContent checked, Instant now) {
    this.title = checked.title();
    this.instructions = checked.instructions();
    this.stage = checked.stage();
    this.overallSeconds = checked.overallSeconds();
    this.defaultRubricId = checked.defaultRubricId();
    items.clear();
    for (int i = 0; i < checked.items().size(); i++) {
      items.add(new TemplateItem(this, i, checked.items().get(i), now));
    }
    this.updatedAt = now;
  }

  /**
   * Freezes this draft: every question must still exist and be active, and every question that is
   * not scored automatically needs a rubric (its own or the default) that is active. The first
   * problem refuses the whole publication and changes nothing.
   */
  void publish(PublishingSources sources, Instant now) {
    requireDraft();
    List<Frozen> frozen = new ArrayList<>();
    for (int n = 1; n <= items.size(); n++) {
      TemplateItem item = items.get(n - 1);
      int number = n;
      FrozenQuestion question =
          sources
              .question(item.questionId())
              .orElseThrow(
                  () ->
                      new RuleViolationException(
                          "items", "template.item.question.unknown", number));
      if (question.archived()) {
        throw new RuleViolationException(
            "items", "template.item.question.archived", number, question.title());
      }
      String rubricId = gradingRubricId(item.rubricId(), defaultRubricId, question.autoScored());
      String rubricJson = null;
      if (rubricId == null) {
        if (!question.autoScored()) {
          throw new RuleViolationException(
              "items", "template.item.rubric.missing", number, question.title());
        }
      } else {
        FrozenRubric rubric =
            sources
                .rubric(rubricId)
                .orElseThrow(() -> new RuleViolationException("items", "template.rubric.unknown"));
        if (rubric.archived()) {
          throw new RuleViolationException(
              "items", "template.item.rubric.archived", number, rubric.title());
        }
        rubricJson = rubric.json();
      }
      frozen.add(new Frozen(question.json(), rubricJson));
    }
    for (int i = 0; i < items.size(); i++) {
      items.get(i).freeze(frozen.get(i).question(), frozen.get(i).rubric());
    }
    status = VersionStatus.PUBLISHED;
    publishedAt = now;
  }

  /** The JSON copies an item keeps once published. */
  private record Frozen(String question, String rubric) {}

  /**
   * The rubric that grades a question: its own, else the template's default, except that a question
   * scored automatically is graded by a rubric only if it names one itself.
   */
  public static String gradingRubricId(String own, String templateDefault, boolean autoScored) {
    if (own != null) {
      return own;
    }
    return autoScored ? null : templateDefault;
  }

  void supersede() {
    if (status == VersionStatus.PUBLISHED) {
      status = VersionStatus.SUPERSEDED;
    }
  }

  private void requireDraft() {
    if (status != VersionStatus.DRAFT) {
      throw new RuleViolationException(null, "template.version.frozen", number);
    }
  }

  /** The stripped, checked content; refused with the first problem found. */
  static TemplateContent checked(TemplateContent content) {
    String title = Texts.required(content.title(), TITLE_MAX, "title", "template.title");
    String instructions =
        Texts.optional(
            content.instructions(), INSTRUCTIONS_MAX, "instructions", "template.instructions");
    if (content.stage() == null) {
      throw new RuleViolationException("stage", "template.stage.required");
    }
    Integer overall = content.overallSeconds();
    if (overall == null || overall < OVERALL_MIN_SECONDS || overall > OVERALL_MAX_SECONDS) {
      throw new RuleViolationException(
          "overallMinutes",
          "template.overall.range",
          OVERALL_MIN_SECONDS / 60,
          OVERALL_MAX_SECONDS / 60);
    }
    if (content.items().isEmpty()) {
      throw new RuleViolationException("items", "template.items.none");
    }
    if (content.items().size() > ITEMS_MAX) {
      throw new RuleViolationException("items", "template.items.tooMany", ITEMS_MAX);
    }
    Set<String> questions = new HashSet<>();
    List<TemplateContent.Item> items = new ArrayList<>();
    for (int n = 1; n <= content.items().size(); n++) {
      TemplateContent.Item item = content.items().get(n - 1);
      String questionId = blankToNull(item.questionId());
      if (questionId == null) {
        throw new RuleViolationException("items", "template.item.question.required", n);
      }
      if (!questions.add(questionId)) {
        throw new RuleViolationException("items", "template.item.duplicate", n);
      }
      Integer prep = item.prepSeconds();
      if (prep == null || prep < 0 || prep > PREP_MAX_SECONDS) {
        throw new RuleViolationException("items", "template.item.prep.range", n, PREP_MAX_SECONDS);
      }
      Integer answer = item.answerSeconds();
      if (answer == null || answer < ANSWER_MIN_SECONDS || answer > ANSWER_MAX_SECONDS) {
        throw new RuleViolationException(
            "items",
            "template.item.answer.range",
            n,
            ANSWER_MIN_SECONDS / 60,
            ANSWER_MAX_SECONDS / 60);
      }
      if (answer > overall) {
        throw new RuleViolationException("items", "template.item.answer.overLimit", n);
      }
      items.add(new TemplateContent.Item(questionId, prep, answer, blankToNull(item.rubricId())));
    }
    return new TemplateContent(
        title,
        instructions,
        content.stage(),
        overall,
        blankToNull(content.defaultRubricId()),
        items);
  }

  private static String blankToNull(String id) {
    return id == null || id.isBlank() ? null : id;
  }

  public TemplateContent content() {
    return new TemplateContent(
        title,
        instructions,
        stage,
        overallSeconds,
        defaultRubricId,
        items.stream().map(TemplateItem::content).toList());
  }

  public InterviewTemplate template() {
    return template;
  }

  public int number() {
    return number;
  }

  public VersionStatus status() {
    return status;
  }

  public boolean isFrozen() {
    return status != VersionStatus.DRAFT;
  }

  public String title() {
    return title;
  }

  public String instructions() {
    return instructions;
  }

  public int overallSeconds() {
    return overallSeconds;
  }

  public InterviewStage stage() {
    return stage;
  }

  public List<TemplateItem> items() {
    return List.copyOf(items);
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
