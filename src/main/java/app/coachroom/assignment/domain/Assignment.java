package app.coachroom.assignment.domain;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A mock interview (one frozen template version, so editing the template never changes it) or a
 * course given to a cohort, with its times and rules. Times are instants (UTC); coaches enter them
 * in the bootcamp's timezone.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends TenantOwned {
  public static final int TITLE_MAX = 200;

  @Version private long version;

  @Column(name = "cohort_id", length = 36, nullable = false, updatable = false)
  private String cohortId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private AssignmentKind kind;

  @Column(name = "template_id", length = 36, updatable = false)
  private String templateId;

  @Column(name = "template_version_id", length = 36, updatable = false)
  private String templateVersionId;

  @Column(name = "template_version_number", updatable = false)
  private Integer templateVersionNumber;

  @Column(name = "course_id", length = 36, updatable = false)
  private String courseId;

  @Column(nullable = false, length = TITLE_MAX, updatable = false)
  private String title;

  @Column(name = "opens_at", nullable = false)
  private Instant opensAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "attempts_allowed", nullable = false)
  private int attemptsAllowed;

  @Enumerated(EnumType.STRING)
  @Column(name = "late_policy", nullable = false, length = 20)
  private LatePolicy latePolicy;

  @Column(name = "grace_minutes", nullable = false)
  private int graceMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "result_release", nullable = false, length = 20)
  private ResultRelease release;

  @Column(name = "anonymous_grading", nullable = false)
  private boolean anonymousGrading;

  @Column(name = "identities_revealed_at")
  private Instant identitiesRevealedAt;

  @Column(name = "identities_revealed_by", length = 64)
  private String identitiesRevealedBy;

  @Column(name = "created_by", nullable = false, length = 64, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Assignment() {}

  private Assignment(
      String cohortId, AssignmentKind kind, String title, String createdBy, Instant now) {
    super(now);
    this.cohortId = cohortId;
    this.kind = kind;
    this.title = title;
    this.createdBy = createdBy;
  }

  /** A published template version given to a cohort as a timed mock interview. */
  public static Assignment interview(
      String cohortId,
      PublishedTemplate template,
      AssignmentRules rules,
      String createdBy,
      Instant now) {
    Assignment assignment =
        new Assignment(cohortId, AssignmentKind.INTERVIEW, template.title(), createdBy, now);
    assignment.templateId = template.templateId();
    assignment.templateVersionId = template.versionId();
    assignment.templateVersionNumber = template.number();
    assignment.reschedule(rules, now);
    return assignment;
  }

  /** A published course given to a cohort to study by the due time. */
  public static Assignment course(
      String cohortId,
      String courseId,
      String title,
      AssignmentRules rules,
      String createdBy,
      Instant now) {
    Assignment assignment = new Assignment(cohortId, AssignmentKind.COURSE, title, createdBy, now);
    assignment.courseId = courseId;
    assignment.reschedule(rules, now);
    return assignment;
  }

  /**
   * Replaces the times and rules as a coach edits them: whether grading is anonymous is fixed once
   * an attempt was handed in (turning it on would hide names already seen, turning it off would
   * show names meant to stay hidden); only revealing identities lifts it, for good.
   */
  public void edit(AssignmentRules rules, boolean anyHandedIn, Instant now) {
    if ((anyHandedIn || identitiesRevealedAt != null) && rules.anonymous() != anonymousGrading) {
      throw new RuleViolationException("anonymous", "assignment.anonymous.locked");
    }
    reschedule(rules, now);
  }

  /**
   * Shows graders whose attempts they grade, from now on and for good: once, only while grading is
   * anonymous.
   */
  public void revealIdentities(String by, Instant now) {
    if (!anonymousGrading) {
      throw new RuleViolationException(null, "assignment.reveal.notAnonymous");
    }
    if (identitiesRevealedAt != null) {
      throw new RuleViolationException(null, "assignment.reveal.done");
    }
    this.identitiesRevealedAt = now;
    this.identitiesRevealedBy = by;
    this.updatedAt = now;
  }

  /** Whether graders do not learn whose attempt they grade (anonymous, not revealed yet). */
  public boolean hidesIdentities() {
    return anonymousGrading && identitiesRevealedAt == null;
  }

  /** When identities were revealed, null if not (or grading was never anonymous). */
  public Instant identitiesRevealedAt() {
    return identitiesRevealedAt;
  }

  /** Replaces the times and rules; a course keeps only the times. */
  private void reschedule(AssignmentRules rules, Instant now) {
    AssignmentRules checked =
        (kind == AssignmentKind.COURSE
                ? AssignmentRules.forCourse(rules.opensAt(), rules.dueAt())
                : rules)
            .checked(now);
    this.opensAt = checked.opensAt();
    this.dueAt = checked.dueAt();
    this.attemptsAllowed = checked.attemptsAllowed();
    this.latePolicy = checked.latePolicy();
    this.graceMinutes = checked.graceMinutes();
    this.release = checked.release();
    this.anonymousGrading = checked.anonymous();
    this.updatedAt = now;
  }

  /**
   * Gives one student a later due time, or moves the one they have. It must be later than the
   * assignment's own due time.
   */
  public Extension extend(
      Optional<Extension> existing, String subject, Instant newDueAt, String by, Instant now) {
    if (newDueAt == null || !newDueAt.isAfter(dueAt)) {
      throw new RuleViolationException("extensionDue", "assignment.extension.notLater");
    }
    if (existing.isPresent()) {
      existing.get().moveTo(newDueAt, by);
      return existing.get();
    }
    return new Extension(id(), subject, newDueAt, by, now);
  }

  /** Whether an extension still gives more time than the assignment's own due time. */
  public boolean stillExtends(Extension extension) {
    return extension.dueAt().isAfter(dueAt);
  }

  /** The timing for a student with (or without) an extension. */
  public Deadline deadline(Optional<Instant> extendedDueAt) {
    return new Deadline(
        opensAt, extendedDueAt.orElse(dueAt), latePolicy, Duration.ofMinutes(graceMinutes));
  }

  public AssignmentRules rules() {
    return new AssignmentRules(
        opensAt, dueAt, attemptsAllowed, latePolicy, graceMinutes, release, anonymousGrading);
  }

  public long version() {
    return version;
  }

  public String cohortId() {
    return cohortId;
  }

  public AssignmentKind kind() {
    return kind;
  }

  public String templateId() {
    return templateId;
  }

  public String templateVersionId() {
    return templateVersionId;
  }

  public Integer templateVersionNumber() {
    return templateVersionNumber;
  }

  public String courseId() {
    return courseId;
  }

  public String title() {
    return title;
  }

  public Instant opensAt() {
    return opensAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
