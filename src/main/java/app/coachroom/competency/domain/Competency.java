package app.coachroom.competency.domain;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.TenantOwned;
import app.coachroom.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A skill that questions and rubric criteria are tagged with. Its name is unique per tenant. */
@Entity
@Table(name = "competency")
public class Competency extends TenantOwned {
  public static final int NAME_MAX = 100;
  public static final int DESCRIPTION_MAX = 1000;

  @Version private long version;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(length = DESCRIPTION_MAX)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CompetencyKind kind;

  @Column(name = "archived_at")
  private Instant archivedAt;

  protected Competency() {}

  public Competency(String name, String description, CompetencyKind kind, Instant now) {
    super(now);
    describe(name, description, kind);
  }

  /** Sets name, description and kind; the same rules apply on create and edit. */
  public void describe(String name, String description, CompetencyKind kind) {
    if (kind == null) {
      throw new RuleViolationException("kind", "competency.kind.required");
    }
    this.name = Texts.required(name, NAME_MAX, "name", "competency.name");
    this.description =
        Texts.optional(description, DESCRIPTION_MAX, "description", "competency.description");
    this.kind = kind;
  }

  public void archive(Instant now) {
    if (archivedAt == null) {
      archivedAt = now;
    }
  }

  public void restore() {
    archivedAt = null;
  }

  public long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public CompetencyKind kind() {
    return kind;
  }

  public boolean isArchived() {
    return archivedAt != null;
  }
}
