package app.coachroom.interviewtemplate.web;

import app.coachroom.interviewtemplate.application.InterviewTemplateService;
import app.coachroom.interviewtemplate.application.TemplateDetails;
import app.coachroom.interviewtemplate.application.VersionView;
import app.coachroom.interviewtemplate.domain.VersionStatus;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;

/**
 * Backs interviewtemplate/view.xhtml: one version of a template (?id=...&amp;v=n, default the one
 * being edited) read-only, with the version history, publish and discard.
 */
@Named
@ViewScoped
public class TemplateView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject InterviewTemplateService templates;
  @Inject Messages messages;

  private String id;
  private Integer number;
  private TemplateDetails template;
  private VersionView shown;

  /** viewAction: an unknown or foreign ID (or version) gives the 404 page. */
  public void load() {
    if (template == null) {
      read();
    }
  }

  private void read() {
    template = templates.find(id);
    shown = number == null ? template.working() : templates.version(id, number);
  }

  public String publishDraft() {
    try {
      TemplateDetails published = templates.publish(id, template.version());
      messages.flashInfo(
          "template.published", published.working().content().title(), published.publishedNumber());
      return "/interviewtemplate/view?faces-redirect=true&id=" + id;
    } catch (RuleViolationException e) {
      messages.fieldError("versionForm", e);
    } catch (OptimisticLockException e) {
      messages.error("template.conflict");
    }
    return null;
  }

  public String discardDraft() {
    try {
      TemplateDetails after = templates.discardDraft(id, template.version());
      messages.flashInfo("template.draftDiscarded", after.working().number());
      return "/interviewtemplate/view?faces-redirect=true&id=" + id;
    } catch (RuleViolationException e) {
      messages.fieldError("versionForm", e);
    } catch (OptimisticLockException e) {
      messages.error("template.conflict");
    }
    return null;
  }

  public boolean isShowingDraft() {
    return shown.status() == VersionStatus.DRAFT;
  }

  public boolean isCanDiscard() {
    return isShowingDraft() && template.versions().size() > 1;
  }

  public TemplateDetails getTemplate() {
    return template;
  }

  public VersionView getShown() {
    return shown;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Integer getNumber() {
    return number;
  }

  public void setNumber(Integer number) {
    this.number = number;
  }
}
