package app.coachroom.tenancy.web;

import app.coachroom.shared.web.Messages;
import app.coachroom.tenancy.application.MyPreferences;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs tenancy/preferences.xhtml ("My settings"): whether the person gets reminder e-mails. */
@Named
@ViewScoped
public class PreferencesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MyPreferences preferences;
  @Inject Messages messages;

  private Boolean reminders;

  /** viewAction */
  public void load() {
    if (reminders == null) {
      reminders = preferences.remindersWanted();
    }
  }

  public void save() {
    preferences.wantReminders(reminders);
    messages.info(reminders ? "preferences.reminders.on" : "preferences.reminders.off");
  }

  public boolean isReminders() {
    return reminders != null && reminders;
  }

  public void setReminders(boolean reminders) {
    this.reminders = reminders;
  }
}
