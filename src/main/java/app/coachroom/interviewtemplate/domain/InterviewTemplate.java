package app.coachroom.interviewtemplate.domain;

import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.TenantOwned;
import app.coachroom.shared.domain.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.BatchSize;

/**
 * A mock-interview template and its numbered versions. The rules: versions are numbered from 1 in
 * the order they were started; there is at most one draft, always the newest; at most one version
 * is published (the one new assignments get), older published ones are superseded; published
 * versions never change, so an edit after publishing starts a new draft. Every change goes through
 * here, so the template's own version guards all of them against stale edits.
 */
@Entity
@Table(name = "interview_template")
public class InterviewTemplate extends TenantOwned {
  @Version private long version;

  /** The newest version's title and stage, for lists and search. */
  @Column(nullable = false, length = TemplateVersion.TITLE_MAX)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private InterviewStage stage;

  @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  @BatchSize(size = 50)
  private List<TemplateVersion> versions = new ArrayList<>();

  @Column(name = "archived_at")
  private Instant archivedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected InterviewTemplate() {}

  /** A new template whose version 1 is a draft with this content. */
  public InterviewTemplate(TemplateContent content, Instant now) {
    super(now);
    versions.add(new TemplateVersion(this, 1, content, now));
    touch(now);
  }

  /**
   * Saves the coach's edit: into the draft if there is one, else into a new draft numbered after
   * the newest version. Published versions stay as they are.
   */
  public TemplateVersion saveDraft(TemplateContent content, Instant now) {
    Optional<TemplateVersion> draft = draft();
    TemplateVersion saved;
    if (draft.isPresent()) {
      saved = draft.get();
      saved.revise(content, now);
    } else {
      saved = new TemplateVersion(this, newest().number() + 1, content, now);
      versions.add(saved);
    }
    touch(now);
    return saved;
  }

  /** Publishes the draft; the version published before it is superseded. */
  public TemplateVersion publish(PublishingSources sources, Instant now) {
    if (isArchived()) {
      throw new RuleViolationException(null, "template.publish.archived");
    }
    TemplateVersion draft =
        draft().orElseThrow(() -> new RuleViolationException(null, "template.publish.noDraft"));
    Optional<TemplateVersion> before = published();
    draft.publish(sources, now);
    before.ifPresent(TemplateVersion::supersede);
    touch(now);
    return draft;
  }

  /** Throws the draft away; only when an earlier version exists to fall back to. */
  public void discardDraft(Instant now) {
    TemplateVersion draft =
        draft().orElseThrow(() -> new RuleViolationException(null, "template.draft.none"));
    if (versions.size() == 1) {
      throw new RuleViolationException(null, "template.draft.only");
    }
    versions.remove(draft);
    touch(now);
  }

  /** A new template whose version 1 is a draft with what this one is being edited into. */
  public InterviewTemplate copy(String copyTitle, Instant now) {
    TemplateContent content = working().content();
    return new InterviewTemplate(
        new TemplateContent(
            Texts.cut(copyTitle, TemplateVersion.TITLE_MAX),
            content.instructions(),
            content.stage(),
            content.overallSeconds(),
            content.defaultRubricId(),
            content.items()),
        now);
  }

  public void archive(Instant now) {
    if (archivedAt == null) {
      archivedAt = now;
      touch(now);
    }
  }

  public void restore(Instant now) {
    if (archivedAt != null) {
      archivedAt = null;
      touch(now);
    }
  }

  private void touch(Instant now) {
    TemplateVersion newest = newest();
    this.title = newest.title();
    this.stage = newest.stage();
    this.updatedAt = now;
  }

  public Optional<TemplateVersion> draft() {
    TemplateVersion newest = newest();
    return newest.status() == VersionStatus.DRAFT ? Optional.of(newest) : Optional.empty();
  }

  public Optional<TemplateVersion> published() {
    return versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).findFirst();
  }

  /** What the editor shows: the draft, or else the newest version (to be edited into a draft). */
  public TemplateVersion working() {
    return newest();
  }

  public Optional<TemplateVersion> version(int number) {
    return versions.stream().filter(v -> v.number() == number).findFirst();
  }

  public List<TemplateVersion> versions() {
    return List.copyOf(versions);
  }

  private TemplateVersion newest() {
    return versions.get(versions.size() - 1);
  }

  public long version() {
    return version;
  }

  public String title() {
    return title;
  }

  public InterviewStage stage() {
    return stage;
  }

  public boolean isArchived() {
    return archivedAt != null;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
