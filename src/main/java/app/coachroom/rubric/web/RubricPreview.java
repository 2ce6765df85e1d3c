package app.coachroom.rubric.web;

import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.application.CompetencyView;
import app.coachroom.rubric.application.RubricDetails;
import app.coachroom.rubric.application.RubricService;
import app.coachroom.rubric.domain.RubricContent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Backs rubric/preview.xhtml: the rubric as a coach sees it when grading, with levels to pick and
 * the running score. Nothing picked here is stored.
 */
@Named
@ViewScoped
public class RubricPreview implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RubricService rubrics;
  @Inject CompetencyService competencies;

  private String id;
  private RubricDetails rubric;
  private Map<String, String> competencyNames;
  private final Map<Integer, Integer> picked = new HashMap<>();

  /** viewAction: an unknown or foreign ID gives the 404 page. */
  public void load() {
    if (rubric == null) {
      rubric = rubrics.find(id);
      List<String> ids =
          rubric.content().criteria().stream()
              .map(RubricContent.Criterion::competencyId)
              .filter(Objects::nonNull)
              .toList();
      competencyNames =
          competencies.withIds(ids).stream()
              .collect(Collectors.toMap(CompetencyView::id, CompetencyView::name));
    }
  }

  public int getScore() {
    return picked.values().stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
  }

  public String competencyName(String competencyId) {
    return competencyId == null ? null : competencyNames.get(competencyId);
  }

  public Map<Integer, Integer> getPicked() {
    return picked;
  }

  public RubricDetails getRubric() {
    return rubric;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
