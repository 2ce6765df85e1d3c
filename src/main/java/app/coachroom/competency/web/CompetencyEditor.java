package app.coachroom.competency.web;

import app.coachroom.competency.application.CompetencyDetails;
import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.application.CompetencyView;
import app.coachroom.competency.domain.CompetencyKind;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;

/** Backs competency/edit.xhtml: creates a competency, or edits one (?id=...). */
@Named
@ViewScoped
public class CompetencyEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CompetencyService competencies;
  @Inject Messages messages;

  private String id;
  private long version;
  private String name;
  private String description;
  private CompetencyKind kind = CompetencyKind.SOFT_SKILL;

  /** viewAction: loads the competency being edited; an unknown or foreign ID gives the 404 page. */
  public void load() {
    if (id != null && name == null) {
      CompetencyView competency = competencies.find(id);
      version = competency.version();
      name = competency.name();
      description = competency.description();
      kind = competency.kind();
    }
  }

  public String save() {
    CompetencyDetails details = new CompetencyDetails(name, description, kind);
    try {
      CompetencyView saved =
          isNew() ? competencies.create(details) : competencies.update(id, version, details);
      messages.flashInfo(isNew() ? "competency.created" : "competency.updated", saved.name());
      return "/competency/competencies?faces-redirect=true";
    } catch (RuleViolationException e) {
      messages.fieldError("competencyForm", e);
    } catch (OptimisticLockException e) {
      messages.error("competency.conflict");
    }
    return null;
  }

  public CompetencyKind[] getKinds() {
    return CompetencyKind.values();
  }

  public boolean isNew() {
    return id == null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public CompetencyKind getKind() {
    return kind;
  }

  public void setKind(CompetencyKind kind) {
    this.kind = kind;
  }
}
