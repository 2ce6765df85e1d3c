package app.coachroom.tenancy.domain;

import app.coachroom.shared.domain.Ids;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A bootcamp. Mirrors one Keycloak organization, matched by the organization's alias (which never
 * changes). A deactivated tenant keeps all its data, but nobody can work in it until reactivated.
 */
@Entity
@Table(name = "tenant")
public class Tenant {
  public static final int NAME_MAX = 200;
  public static final int ALIAS_MAX = 40;

  /** Lower-case letters, digits and inner hyphens: safe in URLs, tokens and Keycloak. */
  private static final Pattern ALIAS = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");

  public static final int DEFAULT_REMINDER_HOURS = 24;
  public static final int DEFAULT_TARGET = 70;
  public static final int MAX_REMINDER_HOURS = 14 * 24;

  /** The locales a tenant can choose for dates and numbers (the UI text is English). */
  public static final List<String> LOCALES =
      List.of("en", "en-GB", "de", "fr", "es", "nl", "pt-BR", "pl");

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 64, unique = true, updatable = false)
  private String alias;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "organization_id", length = 36)
  private String organizationId;

  @Column(nullable = false, length = 64)
  private String timezone;

  @Column(nullable = false, length = 20)
  private String locale;

  @Column(name = "deactivated_at")
  private Instant deactivatedAt;

  @Column(name = "logo_updated_at")
  private Instant logoUpdatedAt;

  /** How many hours before a due time students are reminded; 0 for no such reminder. */
  @Column(name = "reminder_hours", nullable = false)
  private int reminderHours = DEFAULT_REMINDER_HOURS;

  @Column(name = "coaches_may_reveal", nullable = false)
  private boolean coachesMayReveal;

  @Column(name = "default_target", nullable = false)
  private int defaultTarget = DEFAULT_TARGET;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Tenant() {}

  /** A tenant with default settings (UTC, English); for tests and bootstrap code. */
  public Tenant(String alias, String name, Instant now) {
    this(alias, name, "UTC", "en", now);
  }

  public Tenant(String alias, String name, String timezone, String locale, Instant now) {
    this.id = Ids.newId();
    this.alias = checkedAlias(alias);
    this.name = Texts.required(name, NAME_MAX, "name", "tenant.name");
    this.timezone = checkedTimezone(timezone);
    this.locale = checkedLocale(locale);
    this.createdAt = now;
  }

  public static String checkedAlias(String raw) {
    String alias = raw == null ? "" : raw.strip();
    if (alias.isEmpty()) {
      throw new RuleViolationException("alias", "tenant.alias.required");
    }
    if (alias.length() < 2 || alias.length() > ALIAS_MAX || !ALIAS.matcher(alias).matches()) {
      throw new RuleViolationException("alias", "tenant.alias.format");
    }
    return alias;
  }

  public static String checkedTimezone(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new RuleViolationException("timezone", "tenant.timezone.required");
    }
    try {
      if (!ZoneId.getAvailableZoneIds().contains(raw.strip())) {
        throw new RuleViolationException("timezone", "tenant.timezone.unknown");
      }
      return ZoneId.of(raw.strip()).getId();
    } catch (DateTimeException e) {
      throw new RuleViolationException("timezone", "tenant.timezone.unknown");
    }
  }

  public static String checkedLocale(String raw) {
    if (raw == null || !LOCALES.contains(raw.strip())) {
      throw new RuleViolationException("locale", "tenant.locale.unknown");
    }
    return raw.strip();
  }

  public void rename(String newName) {
    this.name = Texts.required(newName, NAME_MAX, "name", "tenant.name");
  }

  /** Display name, timezone and locale, as a tenant admin sets them. */
  public void configure(String newName, String newTimezone, String newLocale) {
    String checkedName = Texts.required(newName, NAME_MAX, "name", "tenant.name");
    String zone = checkedTimezone(newTimezone);
    String checkedLocale = checkedLocale(newLocale);
    this.name = checkedName;
    this.timezone = zone;
    this.locale = checkedLocale;
  }

  /** Sets how long before a due time students are reminded (0 turns that reminder off). */
  public void remindBeforeDue(int hours) {
    if (hours < 0 || hours > MAX_REMINDER_HOURS) {
      throw new RuleViolationException(
          "reminderHours", "tenant.reminderHours.range", MAX_REMINDER_HOURS);
    }
    this.reminderHours = hours;
  }

  public int reminderHours() {
    return reminderHours;
  }

  /** Whether a cohort's coaches may reveal who took an anonymous assignment (admins always may). */
  public void letCoachesReveal(boolean allowed) {
    this.coachesMayReveal = allowed;
  }

  public boolean coachesMayReveal() {
    return coachesMayReveal;
  }

  /** Sets the level (0 to 100) students should reach in a competency by default. */
  public void aimFor(int target) {
    if (target < 0 || target > 100) {
      throw new RuleViolationException("defaultTarget", "tenant.defaultTarget.range");
    }
    this.defaultTarget = target;
  }

  public int defaultTarget() {
    return defaultTarget;
  }

  /** Notes a new logo (or none, with null), which changes the logo's URL. */
  public void logoChanged(Instant when) {
    // what DATETIME(6) keeps, so the URL's stamp is the same before and after a reload
    this.logoUpdatedAt = when == null ? null : when.truncatedTo(ChronoUnit.MICROS);
  }

  public Instant logoUpdatedAt() {
    return logoUpdatedAt;
  }

  public void linkOrganization(String keycloakOrganizationId) {
    this.organizationId = keycloakOrganizationId;
  }

  public void deactivate(Instant now) {
    if (deactivatedAt == null) {
      deactivatedAt = now;
    }
  }

  public void reactivate() {
    deactivatedAt = null;
  }

  public String id() {
    return id;
  }

  public String alias() {
    return alias;
  }

  public String name() {
    return name;
  }

  public String organizationId() {
    return organizationId;
  }

  public String timezone() {
    return timezone;
  }

  public String locale() {
    return locale;
  }

  public boolean isActive() {
    return deactivatedAt == null;
  }

  public Instant deactivatedAt() {
    return deactivatedAt;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
