package app.coachroom.cohort.domain;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A group of students and their coaches in one tenant. Its name is unique in the tenant; once
 * archived, its roster and assignments are history and only a restore makes them editable again.
 */
@Entity
@Table(name = "cohort")
public class Cohort extends TenantOwned {
  public static final int NAME_MAX = 100;

  @Version private long version;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "archived_at")
  private Instant archivedAt;

  protected Cohort() {}

  public Cohort(String name, LocalDate startsOn, LocalDate endsOn, Instant now) {
    super(now);
    this.name = checkedName(name);
    schedule(startsOn, endsOn);
  }

  public void rename(String newName) {
    this.name = checkedName(newName);
  }

  /** Sets the dates; either may be open, but the end is never before the start. */
  public void schedule(LocalDate startsOn, LocalDate endsOn) {
    if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
      throw new RuleViolationException("endsOn", "cohort.dates.endBeforeStart");
    }
    this.startsOn = startsOn;
    this.endsOn = endsOn;
  }

  /** Puts a person on the roster; an archived cohort's roster is history and stays as it is. */
  public CohortMember enroll(String subject, CohortRole role, Instant now) {
    requireActive();
    return new CohortMember(this, subject, role, now);
  }

  /** Refuses changes to an archived cohort, whose roster and assignments are kept read-only. */
  public void requireActive() {
    if (isArchived()) {
      throw new RuleViolationException(null, "cohort.archived.readOnly", name);
    }
  }

  public void archive(Instant now) {
    if (archivedAt == null) {
      archivedAt = now;
    }
  }

  public void restore() {
    archivedAt = null;
  }

  /** Trims and checks a cohort name; the same rule applies on create and rename. */
  public static String checkedName(String raw) {
    String trimmed = raw == null ? "" : raw.strip();
    if (trimmed.isEmpty()) {
      throw new RuleViolationException("name", "cohort.name.required");
    }
    if (trimmed.length() > NAME_MAX) {
      throw new RuleViolationException("name", "cohort.name.tooLong");
    }
    return trimmed;
  }

  public long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public Optional<LocalDate> startsOn() {
    return Optional.ofNullable(startsOn);
  }

  public Optional<LocalDate> endsOn() {
    return Optional.ofNullable(endsOn);
  }

  public boolean isArchived() {
    return archivedAt != null;
  }
}
