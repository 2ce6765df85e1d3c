package app.coachroom.growth.web;

import app.coachroom.growth.application.TargetLevels;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Backs the "Target level per competency" part of tenancy/settings.xhtml: each competency's own
 * target, empty where it follows the bootcamp's default.
 */
@Named
@ViewScoped
public class TargetsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TargetLevels targets;
  @Inject Messages messages;

  private List<TargetLevels.Target> rows;
  private final Map<String, Integer> own = new HashMap<>();

  private void load() {
    rows = targets.all();
    own.clear();
    rows.forEach(r -> own.put(r.competencyId(), r.own()));
  }

  public List<TargetLevels.Target> getRows() {
    if (rows == null) {
      load();
    }
    return rows;
  }

  /** Each competency's own target as the form edits it, by competency ID; null for the default. */
  public Map<String, Integer> getOwn() {
    return own;
  }

  /** Saves the targets that changed, all or nothing. */
  public void save() {
    Map<String, Integer> changed = new LinkedHashMap<>();
    for (TargetLevels.Target row : getRows()) {
      Integer wanted = own.get(row.competencyId());
      if (!Objects.equals(wanted, row.own())) {
        changed.put(row.competencyId(), wanted);
      }
    }
    try {
      targets.setAll(changed);
      load();
      messages.info("growth.targets.saved");
    } catch (RuleViolationException e) {
      messages.error(e.messageKey(), e.args());
    }
  }
}
