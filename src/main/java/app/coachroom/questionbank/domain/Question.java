package app.coachroom.questionbank.domain;

import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.TenantOwned;
import app.coachroom.shared.domain.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * A question of a tenant's bank. Each kind keeps only its own fields: a question changed from
 * coding to behavioural loses its starter code, and so on. A question is archived, never deleted,
 * so templates that use it keep working.
 */
@Entity
@Table(name = "question")
public class Question extends TenantOwned {
  public static final int TITLE_MAX = 200;
  public static final int PROMPT_MAX = 20_000;
  public static final int CODE_MAX = 20_000;
  public static final int CHOICE_MAX = 500;
  public static final int CHOICES_MIN = 2;
  public static final int CHOICES_MAX = 10;
  public static final int TAGS_MAX = 10;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private QuestionKind kind;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(nullable = false, length = PROMPT_MAX)
  private String prompt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private InterviewStage stage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Difficulty difficulty;

  @Enumerated(EnumType.STRING)
  @Column(name = "coding_language", length = 20)
  private CodingLanguage language;

  @Column(name = "starter_code", length = CODE_MAX)
  private String starterCode;

  @Column(name = "reference_solution", length = CODE_MAX)
  private String referenceSolution;

  @Column(name = "several_correct", nullable = false)
  private boolean severalCorrect;

  @Enumerated(EnumType.STRING)
  @Column(name = "answer_media", length = 10)
  private AnswerMedia answerMedia;

  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchSize(size = 50) // a template's questions load their choices in one query
  private List<QuestionChoice> choices = new ArrayList<>();

  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchSize(size = 50)
  private Set<QuestionTag> tags = new HashSet<>();

  @Column(name = "diagram_id", length = 36)
  private String diagramId;

  @Column(name = "archived_at")
  private Instant archivedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Question() {}

  public Question(QuestionContent content, Instant now) {
    super(now);
    revise(content, now);
  }

  /** Replaces what the coach wrote, after checking every rule of the question's kind. */
  public void revise(QuestionContent content, Instant now) {
    if (content.kind() == null) {
      throw new RuleViolationException("kind", "question.kind.required");
    }
    String newTitle = Texts.required(content.title(), TITLE_MAX, "title", "question.title");
    String newPrompt = Texts.required(content.prompt(), PROMPT_MAX, "prompt", "question.prompt");
    if (content.stage() == null) {
      throw new RuleViolationException("stage", "question.stage.required");
    }
    if (content.difficulty() == null) {
      throw new RuleViolationException("difficulty", "question.difficulty.required");
    }
    if (content.competencyIds().size() > TAGS_MAX) {
      throw new RuleViolationException("competencies", "question.competencies.tooMany");
    }
    boolean coding = content.kind() == QuestionKind.CODING;
    if (coding && content.language() == null) {
      throw new RuleViolationException("language", "question.language.required");
    }
    String starter =
        coding
            ? Texts.verbatim(content.starterCode(), CODE_MAX, "starterCode", "question.code")
            : null;
    String solution =
        coding
            ? Texts.verbatim(
                content.referenceSolution(), CODE_MAX, "referenceSolution", "question.code")
            : null;
    boolean spoken = content.kind() == QuestionKind.SPOKEN;
    if (spoken && content.answerMedia() == null) {
      throw new RuleViolationException("answerMedia", "question.answerMedia.required");
    }
    boolean multipleChoice = content.kind() == QuestionKind.MULTIPLE_CHOICE;
    List<QuestionContent.Choice> newChoices =
        multipleChoice ? checkedChoices(content.choices(), content.severalCorrect()) : List.of();

    this.kind = content.kind();
    this.title = newTitle;
    this.prompt = newPrompt;
    this.stage = content.stage();
    this.difficulty = content.difficulty();
    this.language = coding ? content.language() : null;
    this.starterCode = starter;
    this.referenceSolution = solution;
    this.severalCorrect = multipleChoice && content.severalCorrect();
    this.answerMedia = spoken ? content.answerMedia() : null;
    this.diagramId = content.kind() == QuestionKind.SYSTEM_DESIGN ? content.diagramId() : null;
    replaceChoices(newChoices, now);
    retag(new LinkedHashSet<>(content.competencyIds()), now);
    this.updatedAt = now;
  }

  /** A new, unarchived question with the same content, titled as a copy. */
  public Question copy(String copyTitle, Instant now) {
    QuestionContent copied = content();
    return new Question(
        new QuestionContent(
            copied.kind(),
            Texts.cut(copyTitle, TITLE_MAX),
            copied.prompt(),
            copied.stage(),
            copied.difficulty(),
            copied.language(),
            copied.starterCode(),
            copied.referenceSolution(),
            copied.severalCorrect(),
            copied.choices(),
            copied.answerMedia(),
            copied.competencyIds(),
            copied.diagramId()),
        now);
  }

  public void archive(Instant now) {
    if (archivedAt == null) {
      archivedAt = now;
    }
  }

  public void restore() {
    archivedAt = null;
  }

  /** What the coach wrote, as the editor shows it again. */
  public QuestionContent content() {
    return new QuestionContent(
        kind,
        title,
        prompt,
        stage,
        difficulty,
        language,
        starterCode,
        referenceSolution,
        severalCorrect,
        choices.stream().map(QuestionChoice::content).toList(),
        answerMedia,
        tags.stream().map(QuestionTag::competencyId).sorted().toList(),
        diagramId);
  }

  private static List<QuestionContent.Choice> checkedChoices(
      List<QuestionContent.Choice> raw, boolean severalCorrect) {
    List<QuestionContent.Choice> checked = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (QuestionContent.Choice choice : raw) {
      String text = Texts.optional(choice.text(), CHOICE_MAX, "choices", "question.choice");
      if (text == null) {
        continue; // an empty row the coach added and left blank
      }
      if (!seen.add(text.toLowerCase(Locale.ROOT))) {
        throw new RuleViolationException("choices", "question.choices.duplicate");
      }
      checked.add(new QuestionContent.Choice(text, choice.correct()));
    }
    if (checked.size() < CHOICES_MIN) {
      throw new RuleViolationException("choices", "question.choices.tooFew");
    }
    if (checked.size() > CHOICES_MAX) {
      throw new RuleViolationException("choices", "question.choices.tooMany");
    }
    long correct = checked.stream().filter(QuestionContent.Choice::correct).count();
    if (correct == 0) {
      throw new RuleViolationException("choices", "question.choices.noneCorrect");
    }
    if (!severalCorrect && correct > 1) {
      throw new RuleViolationException("choices", "question.choices.oneCorrect");
    }
    return checked;
  }

  /** Updates rows in place by position, so a save never deletes and re-inserts the same key. */
  private void replaceChoices(List<QuestionContent.Choice> wanted, Instant now) {
    for (int i = 0; i < wanted.size(); i++) {
      QuestionContent.Choice choice = wanted.get(i);
      if (i < choices.size()) {
        choices.get(i).set(choice.text(), choice.correct());
      } else {
        choices.add(new QuestionChoice(this, i, choice.text(), choice.correct(), now));
      }
    }
    while (choices.size() > wanted.size()) {
      choices.remove(choices.size() - 1);
    }
  }

  private void retag(Set<String> competencyIds, Instant now) {
    tags.removeIf(tag -> !competencyIds.contains(tag.competencyId()));
    for (String id : competencyIds) {
      if (tags.stream().noneMatch(tag -> tag.competencyId().equals(id))) {
        tags.add(new QuestionTag(this, id, now));
      }
    }
  }

  public long version() {
    return version;
  }

  public QuestionKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public InterviewStage stage() {
    return stage;
  }

  public Difficulty difficulty() {
    return difficulty;
  }

  /** The diagram this (system-design) question shows, or null. */
  public String diagramId() {
    return diagramId;
  }

  public boolean isArchived() {
    return archivedAt != null;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
