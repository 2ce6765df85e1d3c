package app.coachroom.rubric.web;

import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.application.CompetencyView;
import app.coachroom.rubric.application.RubricDetails;
import app.coachroom.rubric.application.RubricService;
import app.coachroom.rubric.domain.Rubric;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Backs rubric/edit.xhtml: builds a new rubric, or edits one (?id=...). */
@Named
@ViewScoped
public class RubricEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RubricService rubrics;
  @Inject CompetencyService competencies;
  @Inject Messages messages;

  private String id;
  private long version;
  private boolean loaded;
  private String title;
  private String description;
  private final List<CriterionRow> criteria = new ArrayList<>();
  private List<CompetencyView> competencyChoices;

  /** viewAction: loads the rubric being edited; an unknown or foreign ID gives the 404 page. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id == null) {
      criteria.add(CriterionRow.blank());
      return;
    }
    RubricDetails details = rubrics.find(id);
    version = details.version();
    title = details.content().title();
    description = details.content().description();
    details.content().criteria().forEach(c -> criteria.add(CriterionRow.of(c)));
  }

  public String save() {
    RubricContent content =
        new RubricContent(
            title, description, criteria.stream().map(CriterionRow::content).toList());
    try {
      RubricDetails saved =
          id == null ? rubrics.create(content) : rubrics.update(id, version, content);
      messages.flashInfo(id == null ? "rubric.created" : "rubric.updated", saved.content().title());
      return "/rubric/preview?faces-redirect=true&id=" + saved.id();
    } catch (RuleViolationException e) {
      messages.fieldError("rubricForm", e);
    } catch (OptimisticLockException e) {
      messages.error("rubric.conflict");
    }
    return null;
  }

  public void addCriterion() {
    if (criteria.size() < Rubric.CRITERIA_MAX) {
      criteria.add(CriterionRow.blank());
    }
  }

  public void removeCriterion(int index) {
    if (index >= 0 && index < criteria.size()) {
      criteria.remove(index);
    }
  }

  /** Moves a criterion one place up (delta -1) or down (+1). */
  public void moveCriterion(int index, int delta) {
    int target = index + delta;
    if (index >= 0 && index < criteria.size() && target >= 0 && target < criteria.size()) {
      criteria.add(target, criteria.remove(index));
    }
  }

  /** The total as typed so far: each criterion's best level, added up. */
  public int getTotalPoints() {
    return criteria.stream().mapToInt(CriterionRow::maxPoints).sum();
  }

  /** Active competencies, plus archived ones a criterion already uses. */
  public List<CompetencyView> getCompetencyChoices() {
    if (competencyChoices == null) {
      List<String> used =
          criteria.stream().map(CriterionRow::getCompetencyId).filter(Objects::nonNull).toList();
      competencyChoices =
          Stream.concat(
                  competencies.list(false).stream(),
                  competencies.withIds(used).stream().filter(CompetencyView::archived))
              .toList();
    }
    return competencyChoices;
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isCanAddCriterion() {
    return criteria.size() < Rubric.CRITERIA_MAX;
  }

  public List<CriterionRow> getCriteria() {
    return criteria;
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

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
