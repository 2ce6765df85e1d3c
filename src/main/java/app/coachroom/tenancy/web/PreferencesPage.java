package app.coachroom.tenancy.web;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.identity.Languages;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import app.coachroom.tenancy.application.MyPreferences;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Backs tenancy/preferences.xhtml ("My settings"): whether the person gets reminder e-mails, the
 * timezone they see times in and the language they read.
 */
@Named
@ViewScoped
public class PreferencesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MyPreferences preferences;
  @Inject Caller caller;
  @Inject Messages messages;

  private Boolean reminders;
  private String timezone;
  private String language;

  /** viewAction */
  public void load() {
    if (reminders == null) {
      reminders = preferences.remindersWanted();
      timezone = preferences.timezone().orElse(null);
      language = preferences.language().orElse(null);
    }
  }

  public String save() {
    try {
      preferences.save(reminders, timezone, language);
      messages.flashInfo("preferences.saved");
      // reload: every time and text on the page follows the new zone and language
      return "/tenancy/preferences?faces-redirect=true";
    } catch (RuleViolationException e) {
      messages.fieldError("preferences", e);
    }
    return null;
  }

  /** The bootcamp's own zone, offered as "the bootcamp's". */
  public String getBootcampZone() {
    return caller.tenant().map(ActiveTenant::timezone).orElse("UTC");
  }

  /** The present moment, to show how times will look. */
  public Instant getNow() {
    return Instant.now();
  }

  /** The bootcamp's language, offered as "the bootcamp's". */
  public String getBootcampLanguage() {
    Locale bootcamp = Languages.resolve(caller.tenant().map(ActiveTenant::locale).orElse(null));
    return bootcamp.getDisplayLanguage(bootcamp);
  }

  /** The shipped languages, each named in itself. */
  public List<SelectItem> getLanguages() {
    return Languages.SHIPPED.stream()
        .map(l -> new SelectItem(l.toLanguageTag(), l.getDisplayLanguage(l)))
        .toList();
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public List<String> getTimezones() {
    return TenantEditor.ZONES;
  }

  public boolean isReminders() {
    return reminders != null && reminders;
  }

  public void setReminders(boolean reminders) {
    this.reminders = reminders;
  }

  public String getTimezone() {
    return timezone;
  }

  public void setTimezone(String timezone) {
    this.timezone = timezone;
  }
}
