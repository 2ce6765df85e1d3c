package app.coachroom.assignment.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.assignment.domain.Assignment;
import app.coachroom.assignment.domain.AssignmentKind;
import app.coachroom.assignment.domain.AssignmentRules;
import app.coachroom.assignment.domain.BootcampTime;
import app.coachroom.assignment.domain.Extension;
import app.coachroom.assignment.domain.PublishedTemplate;
import app.coachroom.assignment.infrastructure.AssignmentRepository;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.cohort.application.CohortView;
import app.coachroom.cohort.application.RosterRow;
import app.coachroom.cohort.application.RosterService;
import app.coachroom.cohort.domain.CohortRole;
import app.coachroom.course.application.CourseOutline;
import app.coachroom.course.application.CourseReading;
import app.coachroom.course.application.CourseService;
import app.coachroom.course.domain.CourseStatus;
import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.interviewtemplate.application.InterviewTemplateService;
import app.coachroom.interviewtemplate.application.PublishedVersion;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.Audited;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.Versions;
import app.coachroom.tenancy.application.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Coaches give a cohort a published template version or a published course, with times entered in
 * the bootcamp's timezone, and extend individual students' due times. An archived cohort's
 * assignments are read-only history.
 */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH})
public class AssignmentService {
  private static final int CALENDAR_MAX = 500;

  @Inject AssignmentRepository assignments;
  @Inject CohortService cohorts;
  @Inject RosterService rosters;
  @Inject InterviewTemplateService templates;
  @Inject CourseService courses;
  @Inject CourseReading reading;
  @Inject HandIns handIns;
  @Inject BootcampZone zone;
  @Inject TenantSettings bootcamp;
  @Inject InterviewsTaken taken;
  @Inject Event<Audited> audit;
  @Inject Event<IdentitiesRevealed> revealed;
  @Inject Caller caller;
  @Inject Clock clock;

  /** The templates and courses that can be assigned now. */
  public AssignableTargets targets() {
    return new AssignableTargets(templates.assignable(), reading.published());
  }

  public List<AssignmentView> page(@NotNull String cohortId, int first, int size) {
    cohorts.coached(cohortId);
    return assignments.forCohort(cohortId, first, size).stream().map(this::view).toList();
  }

  public long count(@NotNull String cohortId) {
    cohorts.coached(cohortId);
    return assignments.countForCohort(cohortId);
  }

  /**
   * The bootcamp's assignments due between two wall-clock times (the calendar's range), in cohorts
   * that are not archived; at most {@value #CALENDAR_MAX}.
   */
  public List<DueDate> dueBetween(@NotNull LocalDateTime from, @NotNull LocalDateTime to) {
    List<Assignment> due =
        assignments.dueBetween(
            from.atZone(zone.zone()).toInstant(), to.atZone(zone.zone()).toInstant(), CALENDAR_MAX);
    Map<String, String> cohortNames =
        cohorts.activeNames(due.stream().map(Assignment::cohortId).distinct().toList());
    return due.stream()
        .filter(a -> cohortNames.containsKey(a.cohortId()))
        .map(
            a ->
                new DueDate(
                    a.id(),
                    a.title(),
                    cohortNames.get(a.cohortId()),
                    BootcampTime.toLocal(a.dueAt(), zone.zone())))
        .toList();
  }

  public AssignmentView find(String id) {
    return view(load(id));
  }

  /**
   * The cohort of an assignment of the bootcamp, whoever asks (to decide who may read its files);
   * nothing when there is no such assignment.
   */
  public Optional<String> cohortOf(String id) {
    return assignments.find(id).map(Assignment::cohortId);
  }

  /**
   * The assignment's title, or nothing when there is no such assignment in the bootcamp; never
   * throws, so a caller's transaction is not spoilt by a lookup that finds nothing (mail).
   */
  public Optional<String> title(String id) {
    return assignments.find(id).map(Assignment::title);
  }

  public AssignmentView create(@NotNull String cohortId, @NotNull AssignmentInput input) {
    requireActive(cohorts.coached(cohortId));
    AssignmentRules rules = rules(input);
    Instant now = clock.instant();
    Assignment assignment;
    if (input.kind() == AssignmentKind.COURSE) {
      assignment =
          Assignment.course(
              cohortId,
              input.targetId(),
              courseTitle(input.targetId()),
              rules,
              caller.subject(),
              now);
    } else if (input.kind() == AssignmentKind.INTERVIEW) {
      assignment =
          Assignment.interview(cohortId, template(input.targetId()), rules, caller.subject(), now);
    } else {
      throw new RuleViolationException("kind", "assignment.kind.required");
    }
    assignments.add(assignment);
    assignments.flush();
    AssignmentRules set = assignment.rules();
    audit.fire(
        audited(assignment, AuditAction.ASSIGNMENT_CREATED)
            .note(
                String.join(
                    "; ",
                    "opens " + local(set.opensAt()),
                    "due " + local(set.dueAt()),
                    "attempts " + set.attemptsAllowed(),
                    "late policy " + set.latePolicy(),
                    "grace minutes " + set.graceMinutes(),
                    "release " + set.release(),
                    "anonymous " + onOff(set.anonymous()))));
    return view(assignment);
  }

  /**
   * Replaces the times and rules (what is assigned never changes). Extensions that are no longer
   * later than the new due time are dropped; the answer says how many students it touched.
   */
  public Rescheduled update(@NotNull String id, long version, @NotNull AssignmentInput input) {
    Assignment assignment = loadEditable(id);
    Versions.requireCurrent(assignment, assignment.version(), version, "Assignment", id);
    Instant oldDue = assignment.dueAt();
    AssignmentRules before = assignment.rules();
    assignment.edit(rules(input), !handIns.handedIn(id).isEmpty(), clock.instant());
    auditRules(assignment, before, assignment.rules());
    int dropped = 0;
    int extended = 0;
    for (Extension extension : assignments.extensions(id)) {
      if (assignment.stillExtends(extension)) {
        extended++;
      } else {
        assignments.remove(extension);
        audit.fire(
            audited(assignment, AuditAction.EXTENSION_REMOVED)
                .about(extension.subject())
                .change(local(extension.dueAt()), local(assignment.dueAt())));
        dropped++;
      }
    }
    assignments.flush();
    int affected =
        oldDue.equals(assignment.dueAt())
            ? dropped
            : (int) rosters.count(assignment.cohortId(), CohortRole.STUDENT) - extended;
    return new Rescheduled(view(assignment), affected, dropped);
  }

  /**
   * Whether the caller may reveal who took the anonymous assignment: a tenant admin, or a coach of
   * its cohort when the bootcamp lets coaches; false once revealed or when it is not anonymous.
   */
  public boolean mayReveal(@NotNull String id) {
    Assignment assignment = load(id);
    return assignment.hidesIdentities() && mayRevealAny() && !taken.blocks(id);
  }

  private boolean mayRevealAny() {
    return caller.hasAnyRole(TENANT_ADMIN) || bootcamp.coachesMayReveal();
  }

  /**
   * Reveals to graders who took the anonymous assignment: for every attempt, once and for good,
   * audited. Releasing or taking back results never does this.
   */
  public AssignmentView revealIdentities(@NotNull String id) {
    Assignment assignment = load(id);
    if (taken.blocks(id)) {
      throw new NotFoundException("Assignment", id); // not theirs to grade, nor to reveal
    }
    if (!mayRevealAny()) {
      throw new AccessDeniedException("Only tenant admins reveal identities in this bootcamp");
    }
    assignment.revealIdentities(caller.subject(), clock.instant());
    assignments.flush();
    revealed.fire(new IdentitiesRevealed(id));
    audit.fire(
        audited(assignment, AuditAction.IDENTITIES_REVEALED)
            .change("anonymous", "identities revealed"));
    return view(assignment);
  }

  /** Every student of the cohort with their extension and accommodation, by name. */
  public List<StudentTiming> students(@NotNull String id) {
    Assignment assignment = load(id);
    Map<String, Extension> extensions =
        assignments.extensions(id).stream()
            .collect(Collectors.toMap(Extension::subject, Function.identity()));
    Instant now = clock.instant();
    return rosters.roster(assignment.cohortId(), CohortRole.STUDENT).stream()
        .map(student -> timing(assignment, student, extensions.get(student.subject()), now))
        .toList();
  }

  /** Gives a student of the cohort a later due time (or moves the one they have). */
  public StudentTiming extend(@NotNull String id, @NotNull String subject, LocalDateTime dueAt) {
    Assignment assignment = loadEditable(id);
    RosterRow student =
        rosters
            .student(assignment.cohortId(), subject)
            .orElseThrow(() -> new RuleViolationException(null, "assignment.extension.notStudent"));
    Instant due = BootcampTime.toInstant(dueAt, zone.zone(), "extensionDue");
    Optional<Extension> existing = assignments.extension(id, subject);
    Instant before = existing.map(Extension::dueAt).orElse(assignment.dueAt());
    Extension extension =
        assignment.extend(existing, subject, due, caller.subject(), clock.instant());
    if (existing.isEmpty()) {
      assignments.add(extension);
    }
    assignments.flush();
    audit.fire(
        audited(assignment, AuditAction.EXTENSION_GRANTED)
            .about(subject)
            .change(local(before), local(due)));
    return timing(assignment, student, extension, clock.instant());
  }

  /** Takes a student's extension back; they are due with everyone else again. */
  public void removeExtension(@NotNull String id, @NotNull String subject) {
    Assignment assignment = loadEditable(id);
    Optional<Extension> extension = assignments.extension(id, subject);
    if (extension.isPresent()) {
      assignments.remove(extension.get());
      assignments.flush();
      audit.fire(
          audited(assignment, AuditAction.EXTENSION_REMOVED)
              .about(subject)
              .change(local(extension.get().dueAt()), local(assignment.dueAt())));
    }
  }

  /**
   * Audits a change of an assignment's rules: whether grading is anonymous apart from the rest
   * (times, attempts, late policy, release), each with what it was and what it is.
   */
  private void auditRules(Assignment assignment, AssignmentRules was, AssignmentRules is) {
    if (was.anonymous() != is.anonymous()) {
      audit.fire(
          audited(assignment, AuditAction.ANONYMITY_CHANGED)
              .change(onOff(was.anonymous()), onOff(is.anonymous())));
    }
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    compare(before, after, "opens", local(was.opensAt()), local(is.opensAt()));
    compare(before, after, "due", local(was.dueAt()), local(is.dueAt()));
    compare(before, after, "attempts", was.attemptsAllowed(), is.attemptsAllowed());
    compare(before, after, "late policy", was.latePolicy(), is.latePolicy());
    compare(before, after, "grace minutes", was.graceMinutes(), is.graceMinutes());
    compare(before, after, "release", was.release(), is.release());
    if (!before.isEmpty()) {
      audit.fire(
          audited(assignment, AuditAction.ASSIGNMENT_RULES_CHANGED)
              .change(String.join("; ", before), String.join("; ", after)));
    }
  }

  private static void compare(
      List<String> before, List<String> after, String what, Object was, Object is) {
    if (!Objects.equals(was, is)) {
      before.add(what + " " + was);
      after.add(what + " " + is);
    }
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }

  private Audited audited(Assignment assignment, AuditAction action) {
    return Audited.inCohort(
        caller.persistenceTenant(), assignment.cohortId(), action, assignment.title());
  }

  /** A time as the audit log keeps it: the bootcamp's wall clock and zone. */
  private String local(Instant at) {
    return BootcampTime.toLocal(at, zone.zone()) + " " + zone.zone().getId();
  }

  private StudentTiming timing(
      Assignment assignment, RosterRow student, Extension extension, Instant now) {
    Optional<Instant> extendedDue = Optional.ofNullable(extension).map(Extension::dueAt);
    return new StudentTiming(
        student.subject(),
        student.name(),
        student.email(),
        student.timeMultiplier(),
        extendedDue.orElse(null),
        extendedDue.map(due -> BootcampTime.toLocal(due, zone.zone())).orElse(null),
        assignment.deadline(extendedDue).windowAt(now));
  }

  private AssignmentRules rules(AssignmentInput input) {
    return new AssignmentRules(
        BootcampTime.toInstant(input.opensAt(), zone.zone(), "opensAt"),
        BootcampTime.toInstant(input.dueAt(), zone.zone(), "dueAt"),
        input.attemptsAllowed(),
        input.latePolicy(),
        input.graceMinutes(),
        input.release(),
        input.anonymous());
  }

  private PublishedTemplate template(String templateId) {
    if (templateId == null || templateId.isBlank()) {
      throw new RuleViolationException("template", "assignment.template.required");
    }
    PublishedVersion version = templates.publishedVersion(templateId);
    return new PublishedTemplate(
        version.templateId(), version.versionId(), version.number(), version.title());
  }

  private String courseTitle(String courseId) {
    if (courseId == null || courseId.isBlank()) {
      throw new RuleViolationException("course", "assignment.course.required");
    }
    CourseOutline course = courses.find(courseId);
    if (course.archived()) {
      throw new RuleViolationException("course", "assignment.course.archived");
    }
    if (course.status() != CourseStatus.PUBLISHED) {
      throw new RuleViolationException("course", "assignment.course.draft");
    }
    return course.details().title();
  }

  private static void requireActive(CohortView cohort) {
    if (cohort.archived()) {
      throw new RuleViolationException(null, "cohort.archived.readOnly", cohort.name());
    }
  }

  /** An assignment in a cohort the caller may see; unknown and foreign IDs are "not found". */
  private Assignment load(String id) {
    Assignment assignment = row(id);
    cohorts.coached(assignment.cohortId());
    return assignment;
  }

  /** Like {@link #load}, and refused when its cohort is archived (history stays as it is). */
  private Assignment loadEditable(String id) {
    Assignment assignment = row(id);
    requireActive(cohorts.coached(assignment.cohortId()));
    return assignment;
  }

  private Assignment row(String id) {
    return assignments.find(id).orElseThrow(() -> new NotFoundException("Assignment", id));
  }

  AssignmentView view(Assignment a) {
    return new AssignmentView(
        a.id(),
        a.cohortId(),
        a.kind(),
        a.title(),
        a.kind() == AssignmentKind.COURSE ? a.courseId() : a.templateId(),
        a.templateVersionNumber(),
        a.opensAt(),
        a.dueAt(),
        BootcampTime.toLocal(a.opensAt(), zone.zone()),
        BootcampTime.toLocal(a.dueAt(), zone.zone()),
        a.rules().attemptsAllowed(),
        a.rules().latePolicy(),
        a.rules().graceMinutes(),
        a.rules().release(),
        a.rules().anonymous(),
        a.identitiesRevealedAt(),
        a.deadline(Optional.empty()).windowAt(clock.instant()),
        a.version());
  }
}
