package app.coachroom.rubric.web;

import app.coachroom.rubric.domain.Rubric;
import app.coachroom.rubric.domain.RubricContent;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One editable criterion of the rubric editor, with its levels. */
public class CriterionRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String title;
  private String description;
  private String competencyId;
  private final List<LevelRow> levels = new ArrayList<>();

  /** A new criterion with the usual four levels, 3 to 0 points, descriptors to write. */
  static CriterionRow blank() {
    CriterionRow row = new CriterionRow();
    for (int points = 3; points >= 0; points--) {
      row.levels.add(new LevelRow(points, null));
    }
    return row;
  }

  static CriterionRow of(RubricContent.Criterion criterion) {
    CriterionRow row = new CriterionRow();
    row.title = criterion.title();
    row.description = criterion.description();
    row.competencyId = criterion.competencyId();
    criterion.levels().forEach(l -> row.levels.add(new LevelRow(l.points(), l.descriptor())));
    return row;
  }

  RubricContent.Criterion content() {
    return new RubricContent.Criterion(
        title,
        description,
        competencyId,
        levels.stream()
            .map(
                l ->
                    new RubricContent.Level(
                        l.getPoints() == null ? -1 : l.getPoints(), l.getDescriptor()))
            .toList());
  }

  int maxPoints() {
    return levels.stream()
        .map(LevelRow::getPoints)
        .filter(Objects::nonNull)
        .max(Integer::compare)
        .orElse(0);
  }

  public void addLevel() {
    if (levels.size() < Rubric.LEVELS_MAX) {
      levels.add(new LevelRow());
    }
  }

  public void removeLevel(int index) {
    if (index >= 0 && index < levels.size()) {
      levels.remove(index);
    }
  }

  public boolean isCanAddLevel() {
    return levels.size() < Rubric.LEVELS_MAX;
  }

  public List<LevelRow> getLevels() {
    return levels;
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

  public String getCompetencyId() {
    return competencyId;
  }

  public void setCompetencyId(String competencyId) {
    this.competencyId = competencyId;
  }
}
