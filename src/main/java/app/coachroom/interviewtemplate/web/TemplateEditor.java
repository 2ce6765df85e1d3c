package app.coachroom.interviewtemplate.web;

import app.coachroom.interviewtemplate.application.InterviewTemplateService;
import app.coachroom.interviewtemplate.application.TemplateDetails;
import app.coachroom.interviewtemplate.application.VersionView;
import app.coachroom.interviewtemplate.domain.TemplateContent;
import app.coachroom.interviewtemplate.domain.TemplateVersion;
import app.coachroom.questionbank.application.QuestionRow;
import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.questionbank.domain.QuestionFilter;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.rubric.application.RubricChoice;
import app.coachroom.rubric.application.RubricService;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Backs interviewtemplate/edit.xhtml: builds a new template, or edits one (?id=...). Editing a
 * published template saves into a new draft version; nothing published changes.
 */
@Named
@ViewScoped
public class TemplateEditor implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PICKER_ROWS = 10;

  @Inject InterviewTemplateService templates;
  @Inject QuestionService questions;
  @Inject RubricService rubrics;
  @Inject Messages messages;

  private String id;
  private long version;
  private boolean loaded;
  private Integer workingNumber;
  private Integer publishedNumber;
  private Integer draftNumber;
  private String title;
  private String instructions;
  private InterviewStage stage;
  private Integer overallMinutes = 60;
  private String defaultRubricId;
  private final List<ItemRow> items = new ArrayList<>();
  private List<RubricChoice> rubricChoices;

  private String pickerText;
  private QuestionKind pickerKind;
  private List<QuestionRow> pickerResults;

  /** viewAction: loads the template being edited; an unknown or foreign ID gives the 404 page. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id != null) {
      TemplateDetails details = templates.find(id);
      version = details.version();
      publishedNumber = details.publishedNumber();
      draftNumber = details.draftNumber();
      VersionView working = details.working();
      workingNumber = working.number();
      TemplateContent content = working.content();
      title = content.title();
      instructions = content.instructions();
      stage = content.stage();
      overallMinutes = content.overallSeconds() / 60;
      defaultRubricId = content.defaultRubricId();
      for (int i = 0; i < working.items().size(); i++) {
        items.add(ItemRow.of(working.items().get(i), content.items().get(i).rubricId()));
      }
    }
    search();
  }

  public String saveDraft() {
    try {
      TemplateDetails saved =
          id == null ? templates.create(content()) : templates.saveDraft(id, version, content());
      messages.flashInfo(
          id == null ? "template.created" : "template.saved",
          saved.working().content().title(),
          saved.working().number());
      return view(saved);
    } catch (RuleViolationException e) {
      messages.fieldError("templateForm", e);
    } catch (OptimisticLockException e) {
      messages.error("template.conflict");
    }
    return null;
  }

  /** Saves and publishes in one step; if publishing is refused, nothing is saved. */
  public String publish() {
    try {
      TemplateDetails published = templates.saveAndPublish(id, version, content());
      messages.flashInfo(
          "template.published", published.working().content().title(), published.publishedNumber());
      return view(published);
    } catch (RuleViolationException e) {
      messages.fieldError("templateForm", e);
    } catch (OptimisticLockException e) {
      messages.error("template.conflict");
    }
    return null;
  }

  private static String view(TemplateDetails details) {
    return "/interviewtemplate/view?faces-redirect=true&id=" + details.id();
  }

  private TemplateContent content() {
    return new TemplateContent(
        title,
        instructions,
        stage,
        seconds(overallMinutes),
        defaultRubricId,
        items.stream().map(ItemRow::content).toList());
  }

  /** Minutes as typed to seconds; absurd sizes stay absurd (and are refused) without overflow. */
  static Integer seconds(Integer minutes) {
    return minutes == null ? null : (int) Math.min(minutes * 60L, Integer.MAX_VALUE);
  }

  /** The bank's active questions matching the picker's text and kind, first page only. */
  public void search() {
    pickerResults =
        questions.search(
            new QuestionFilter(pickerText, pickerKind, null, null, null, false),
            0,
            PICKER_ROWS + 1);
  }

  public void add(QuestionRow question) {
    if (!isAdded(question.id()) && items.size() < TemplateVersion.ITEMS_MAX) {
      items.add(ItemRow.picked(question));
    }
  }

  public boolean isAdded(String questionId) {
    return items.stream().anyMatch(i -> i.getQuestionId().equals(questionId));
  }

  public void remove(int index) {
    if (index >= 0 && index < items.size()) {
      items.remove(index);
    }
  }

  /** Moves a question one place up (delta -1) or down (+1). */
  public void move(int index, int delta) {
    int target = index + delta;
    if (index >= 0 && index < items.size() && target >= 0 && target < items.size()) {
      items.add(target, items.remove(index));
    }
  }

  public List<QuestionRow> getPickerResults() {
    return pickerResults.size() > PICKER_ROWS
        ? pickerResults.subList(0, PICKER_ROWS)
        : pickerResults;
  }

  public boolean isPickerHasMore() {
    return pickerResults.size() > PICKER_ROWS;
  }

  public int getPickerRows() {
    return PICKER_ROWS;
  }

  /** Active rubrics, plus archived ones this template already uses (so they show by name). */
  public List<RubricChoice> getRubricChoices() {
    if (rubricChoices == null) {
      Set<String> used = new HashSet<>();
      if (defaultRubricId != null) {
        used.add(defaultRubricId);
      }
      items.stream().map(ItemRow::getRubricId).filter(r -> r != null).forEach(used::add);
      List<RubricChoice> active = rubrics.choices();
      active.forEach(c -> used.remove(c.id()));
      rubricChoices =
          Stream.concat(
                  active.stream(),
                  rubrics.withIds(used).stream()
                      .map(r -> new RubricChoice(r.id(), r.content().title())))
              .toList();
    }
    return rubricChoices;
  }

  /** The sum of the answer limits as typed, in minutes. */
  public int getTotalAnswerMinutes() {
    return items.stream()
        .map(ItemRow::getAnswerMinutes)
        .filter(m -> m != null)
        .mapToInt(Integer::intValue)
        .sum();
  }

  public boolean isNew() {
    return id == null;
  }

  /** The newest version is published: saving will start a new draft. */
  public boolean isStartsNewDraft() {
    return id != null && draftNumber == null;
  }

  public Integer getWorkingNumber() {
    return workingNumber;
  }

  public Integer getNextNumber() {
    return workingNumber == null ? 1 : workingNumber + 1;
  }

  public Integer getPublishedNumber() {
    return publishedNumber;
  }

  public Integer getDraftNumber() {
    return draftNumber;
  }

  public InterviewStage[] getStages() {
    return InterviewStage.values();
  }

  public QuestionKind[] getKinds() {
    return QuestionKind.values();
  }

  public List<ItemRow> getItems() {
    return items;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getInstructions() {
    return instructions;
  }

  public void setInstructions(String instructions) {
    this.instructions = instructions;
  }

  public InterviewStage getStage() {
    return stage;
  }

  public void setStage(InterviewStage stage) {
    this.stage = stage;
  }

  public Integer getOverallMinutes() {
    return overallMinutes;
  }

  public void setOverallMinutes(Integer overallMinutes) {
    this.overallMinutes = overallMinutes;
  }

  public String getDefaultRubricId() {
    return defaultRubricId;
  }

  public void setDefaultRubricId(String defaultRubricId) {
    this.defaultRubricId = defaultRubricId;
  }

  public String getPickerText() {
    return pickerText;
  }

  public void setPickerText(String pickerText) {
    this.pickerText = pickerText;
  }

  public QuestionKind getPickerKind() {
    return pickerKind;
  }

  public void setPickerKind(QuestionKind pickerKind) {
    this.pickerKind = pickerKind;
  }
}
