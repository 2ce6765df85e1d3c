package app.coachroom.assignment.web;

import app.coachroom.assignment.application.AssignableTargets;
import app.coachroom.assignment.application.AssignmentInput;
import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.assignment.application.AssignmentView;
import app.coachroom.assignment.application.BootcampZone;
import app.coachroom.assignment.application.Rescheduled;
import app.coachroom.assignment.domain.AssignmentKind;
import app.coachroom.assignment.domain.AssignmentRules;
import app.coachroom.assignment.domain.LatePolicy;
import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.cohort.application.CohortView;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * Backs edit.xhtml: assigns a template or course to a cohort (?cohort=...), or changes an
 * assignment's times and rules (?id=...). Times are typed on the bootcamp's wall clock.
 */
@Named
@ViewScoped
public class AssignmentEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AssignmentService assignments;
  @Inject CohortService cohorts;
  @Inject BootcampZone zone;
  @Inject Messages messages;

  private String id;
  private String cohortId;
  private long version;
  private CohortView cohort;
  private AssignableTargets targets;
  private String title;
  private AssignmentKind kind = AssignmentKind.INTERVIEW;
  private String templateId;
  private String courseId;
  private LocalDateTime opensAt;
  private LocalDateTime dueAt;
  private int attempts = 1;
  private LatePolicy latePolicy = LatePolicy.ACCEPT_LATE;
  private int graceMinutes;
  private ResultRelease release = ResultRelease.BY_COACH;
  private boolean anonymous;

  /** viewAction: loads the cohort (and the assignment); foreign IDs give the 404 page. */
  public void load() {
    if (cohort != null) {
      return;
    }
    if (id != null) {
      AssignmentView a = assignments.find(id);
      cohortId = a.cohortId();
      version = a.version();
      title = a.title();
      kind = a.kind();
      opensAt = a.opensLocal();
      dueAt = a.dueLocal();
      attempts = a.attemptsAllowed();
      latePolicy = a.latePolicy();
      graceMinutes = a.graceMinutes();
      release = a.release();
      anonymous = a.anonymous();
    } else {
      targets = assignments.targets();
    }
    cohort = cohorts.find(cohortId);
  }

  public String save() {
    AssignmentInput input =
        new AssignmentInput(
            kind,
            kind == AssignmentKind.COURSE ? courseId : templateId,
            opensAt,
            dueAt,
            attempts,
            latePolicy,
            graceMinutes,
            release,
            anonymous);
    try {
      if (isNew()) {
        AssignmentView created = assignments.create(cohortId, input);
        messages.flashInfo("assignment.created", created.title());
        return "/assignment/assignment?faces-redirect=true&id=" + created.id();
      }
      Rescheduled saved = assignments.update(id, version, input);
      messages.flashInfo(
          "assignment.updated",
          saved.assignment().title(),
          saved.studentsAffected(),
          saved.extensionsDropped());
      return "/assignment/assignment?faces-redirect=true&id=" + id;
    } catch (RuleViolationException e) {
      messages.fieldError("assignmentForm", e);
    } catch (OptimisticLockException e) {
      messages.error("assignment.conflict");
    }
    return null;
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isCourse() {
    return kind == AssignmentKind.COURSE;
  }

  public String getZone() {
    return zone.zone().getId();
  }

  public int getMaxAttempts() {
    return AssignmentRules.MAX_ATTEMPTS;
  }

  public int getMaxGraceMinutes() {
    return AssignmentRules.MAX_GRACE_MINUTES;
  }

  public AssignmentKind[] getKinds() {
    return AssignmentKind.values();
  }

  public LatePolicy[] getLatePolicies() {
    return LatePolicy.values();
  }

  public ResultRelease[] getReleases() {
    return ResultRelease.values();
  }

  public AssignableTargets getTargets() {
    return targets;
  }

  public CohortView getCohort() {
    return cohort;
  }

  public String getTitle() {
    return title;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getCohortId() {
    return cohortId;
  }

  public void setCohortId(String cohortId) {
    this.cohortId = cohortId;
  }

  public AssignmentKind getKind() {
    return kind;
  }

  public void setKind(AssignmentKind kind) {
    this.kind = kind;
  }

  public String getTemplateId() {
    return templateId;
  }

  public void setTemplateId(String templateId) {
    this.templateId = templateId;
  }

  public String getCourseId() {
    return courseId;
  }

  public void setCourseId(String courseId) {
    this.courseId = courseId;
  }

  public LocalDateTime getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(LocalDateTime opensAt) {
    this.opensAt = opensAt;
  }

  public LocalDateTime getDueAt() {
    return dueAt;
  }

  public void setDueAt(LocalDateTime dueAt) {
    this.dueAt = dueAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public void setAttempts(int attempts) {
    this.attempts = attempts;
  }

  public LatePolicy getLatePolicy() {
    return latePolicy;
  }

  public void setLatePolicy(LatePolicy latePolicy) {
    this.latePolicy = latePolicy;
  }

  public int getGraceMinutes() {
    return graceMinutes;
  }

  public void setGraceMinutes(int graceMinutes) {
    this.graceMinutes = graceMinutes;
  }

  public ResultRelease getRelease() {
    return release;
  }

  public void setRelease(ResultRelease release) {
    this.release = release;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public void setAnonymous(boolean anonymous) {
    this.anonymous = anonymous;
  }
}
