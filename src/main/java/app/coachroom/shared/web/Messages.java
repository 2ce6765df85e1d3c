package app.coachroom.shared.web;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.text.Texts;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;

/** Puts translated messages (keys of the UI bundle) on the page or next to a field. */
@Dependent
public class Messages implements Serializable {
  private static final long serialVersionUID = 1L;

  public void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, key, args);
  }

  public void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, key, args);
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** Shows the message after a redirect. */
  public void flashInfo(String key, Object... args) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    info(key, args);
  }

  /** Shows a warning after a redirect (something went only partly right). */
  public void flashWarn(String key, Object... args) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    add(null, FacesMessage.SEVERITY_WARN, key, args);
  }

  /** Shows a rule violation next to its field of the given form (or for the whole form). */
  public void fieldError(String formId, RuleViolationException violation) {
    String clientId = violation.field() == null ? null : formId + ":" + violation.field();
    add(clientId, FacesMessage.SEVERITY_ERROR, violation.messageKey(), violation.args());
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** The text of a key in the page's language. */
  public String text(String key, Object... args) {
    return Texts.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
  }

  private void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
