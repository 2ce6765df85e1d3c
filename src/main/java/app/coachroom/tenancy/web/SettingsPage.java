package app.coachroom.tenancy.web;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import app.coachroom.tenancy.application.TenantSettings;
import app.coachroom.tenancy.domain.Tenant;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs tenancy/settings.xhtml: a tenant admin's name, timezone, locale, reminder time, who may
 * reveal identities of anonymous work, and logo.
 */
@Named
@ViewScoped
public class SettingsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantSettings settings;
  @Inject Messages messages;

  private TenantSettings.Settings current;
  private String name;
  private String timezone;
  private String locale;
  private int reminderHours;
  private boolean coachesMayReveal;
  private int defaultTarget;

  /** viewAction */
  public void load() {
    if (current == null) {
      show(settings.current());
    }
  }

  private void show(TenantSettings.Settings loaded) {
    current = loaded;
    name = loaded.name();
    timezone = loaded.timezone();
    locale = loaded.locale();
    reminderHours = loaded.reminderHours();
    coachesMayReveal = loaded.coachesMayReveal();
    defaultTarget = loaded.defaultTarget();
  }

  public String save() {
    try {
      settings.save(
          current.version(),
          new TenantSettings.Changes(
              name, timezone, locale, reminderHours, coachesMayReveal, defaultTarget));
      messages.flashInfo("settings.saved");
      // reload: the top bar shows the new name
      return "/tenancy/settings?faces-redirect=true";
    } catch (RuleViolationException e) {
      messages.fieldError("settings", e);
    } catch (OptimisticLockException e) {
      messages.error("tenant.conflict");
    }
    return null;
  }

  public synchronized void uploadLogo(FileUploadEvent event) {
    try {
      show(settings.saveLogo(event.getFile().getContent()));
      messages.info("settings.logo.saved");
    } catch (RuleViolationException e) {
      messages.error(e.messageKey(), e.args());
    }
  }

  public String removeLogo() {
    settings.removeLogo();
    messages.flashInfo("settings.logo.removed");
    return "/tenancy/settings?faces-redirect=true";
  }

  public String getLogoPath() {
    return current == null || current.logoUpdatedAt() == null
        ? null
        : "/tenancy/logo?v=" + current.version();
  }

  public List<String> getTimezones() {
    return TenantEditor.ZONES;
  }

  public List<String> getLocales() {
    return Tenant.LOCALES;
  }

  public TenantSettings.Settings getCurrent() {
    return current;
  }

  public int getReminderHours() {
    return reminderHours;
  }

  public void setReminderHours(int reminderHours) {
    this.reminderHours = reminderHours;
  }

  public int getDefaultTarget() {
    return defaultTarget;
  }

  public void setDefaultTarget(int defaultTarget) {
    this.defaultTarget = defaultTarget;
  }

  public boolean isCoachesMayReveal() {
    return coachesMayReveal;
  }

  public void setCoachesMayReveal(boolean coachesMayReveal) {
    this.coachesMayReveal = coachesMayReveal;
  }

  public int getMaxReminderHours() {
    return Tenant.MAX_REMINDER_HOURS;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTimezone() {
    return timezone;
  }

  public void setTimezone(String timezone) {
    this.timezone = timezone;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }
}
