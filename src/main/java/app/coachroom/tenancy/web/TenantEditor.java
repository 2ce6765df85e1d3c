package app.coachroom.tenancy.web;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import app.coachroom.tenancy.application.TenantAdministration;
import app.coachroom.tenancy.application.TenantSummary;
import app.coachroom.tenancy.domain.Tenant;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/**
 * Backs tenancy/tenant.xhtml: a new bootcamp (name, alias, timezone, locale), or renaming one
 * (?id=...); the alias never changes, since tokens and Keycloak know the tenant by it.
 */
@Named
@ViewScoped
public class TenantEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  /** UTC first (the default), then the region zones by name. */
  static final List<String> ZONES =
      Stream.concat(
              Stream.of("UTC"),
              ZoneId.getAvailableZoneIds().stream()
                  .filter(
                      z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                  .sorted())
          .toList();

  @Inject TenantAdministration tenants;
  @Inject Messages messages;

  private String id;
  private boolean loaded;
  private long version;
  private String name;
  private String alias;
  private String timezone = "Europe/Berlin";
  private String locale = "en";

  /** viewAction: loads the tenant being renamed; an unknown ID gives the 404 page. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id != null) {
      TenantSummary tenant = tenants.find(id);
      version = tenant.version();
      name = tenant.name();
      alias = tenant.alias();
      timezone = tenant.timezone();
      locale = tenant.locale();
    }
  }

  public String save() {
    try {
      TenantSummary saved =
          id == null
              ? tenants.create(name, alias, timezone, locale)
              : tenants.rename(id, version, name);
      messages.flashInfo(id == null ? "tenant.created" : "tenant.renamed", saved.name());
      return "/tenancy/tenants?faces-redirect=true";
    } catch (RuleViolationException e) {
      messages.fieldError("tenantForm", e);
    } catch (OptimisticLockException e) {
      messages.error("tenant.conflict");
    }
    return null;
  }

  public boolean isNew() {
    return id == null;
  }

  public List<String> getTimezones() {
    return ZONES;
  }

  public List<String> getLocales() {
    return Tenant.LOCALES;
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

  public String getAlias() {
    return alias;
  }

  public void setAlias(String alias) {
    this.alias = alias;
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
