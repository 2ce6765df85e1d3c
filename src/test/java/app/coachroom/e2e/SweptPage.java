package app.coachroom.e2e;

import static app.coachroom.e2e.SweptPage.Who.COACH;
import static app.coachroom.e2e.SweptPage.Who.PLATFORM_ADMIN;
import static app.coachroom.e2e.SweptPage.Who.STUDENT;
import static app.coachroom.e2e.SweptPage.Who.TENANT_ADMIN;

import app.coachroom.e2e.SweepData.Kind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every page of Coachroom, with who may use it and the ID it opens: the page sweep's list. A new
 * page joins the sweep by being listed here once ({@code SweptPagesTest} fails on a page that is
 * not). Expectations are written from what each role is for, not read from the code.
 */
enum SweptPage {
  INDEX("index.xhtml", tenant(TENANT_ADMIN, COACH, STUDENT)),
  ERROR("error/error.xhtml", Access.EVERYONE),
  EXPIRED("error/expired.xhtml", Access.EVERYONE),
  FORBIDDEN("error/forbidden.xhtml", Access.EVERYONE),
  NOT_FOUND("error/not-found.xhtml", Access.EVERYONE),
  CHOOSE("tenancy/choose.xhtml", Access.EVERYONE),
  NO_TENANT("tenancy/no-tenant.xhtml", Access.EVERYONE),
  PREFERENCES("tenancy/preferences.xhtml", tenant(TENANT_ADMIN, COACH, STUDENT)),
  SETTINGS("tenancy/settings.xhtml", tenant(TENANT_ADMIN)),
  MEMBERS("tenancy/members.xhtml", tenant(TENANT_ADMIN)),
  MEMBER("tenancy/member.xhtml", tenant(TENANT_ADMIN), required("id", Kind.MEMBER)),
  INVITE("tenancy/invite.xhtml", tenant(TENANT_ADMIN)),
  BULK_INVITE("tenancy/bulk-invite.xhtml", tenant(TENANT_ADMIN)),
  TENANTS("tenancy/tenants.xhtml", platform()),
  TENANT("tenancy/tenant.xhtml", platform(), optional("id", Kind.TENANT)),
  INVITE_ADMIN("tenancy/invite-admin.xhtml", platform(), required("id", Kind.TENANT)),
  AUDIT("audit/audit.xhtml", platform(TENANT_ADMIN)),
  MAIL("outbox/mail.xhtml", tenant(TENANT_ADMIN)),
  LIBRARY("library/library.xhtml", tenant(TENANT_ADMIN, COACH)),
  COHORTS("cohort/cohorts.xhtml", tenant(TENANT_ADMIN, COACH, STUDENT)),
  COHORT(
      "cohort/cohort.xhtml",
      tenant(TENANT_ADMIN, COACH, STUDENT),
      required("id", Kind.COHORT).deniedTo(404, COACH, STUDENT)),
  COHORT_EDIT(
      "cohort/edit.xhtml",
      tenant(TENANT_ADMIN, COACH),
      optional("id", Kind.COHORT).deniedTo(404, COACH)),
  ASSIGNMENTS(
      "assignment/assignments.xhtml",
      tenant(TENANT_ADMIN, COACH),
      required("cohort", Kind.COHORT).deniedTo(404, COACH)),
  ASSIGNMENT(
      "assignment/assignment.xhtml",
      tenant(TENANT_ADMIN, COACH),
      required("id", Kind.ASSIGNMENT).deniedTo(404, COACH)),
  ASSIGNMENT_EDIT(
      "assignment/edit.xhtml",
      tenant(TENANT_ADMIN, COACH),
      required("cohort", Kind.COHORT).deniedTo(404, COACH)),
  CALENDAR("assignment/calendar.xhtml", tenant(TENANT_ADMIN, COACH)),
  DASHBOARD("assignment/dashboard.xhtml", tenant(TENANT_ADMIN, COACH, STUDENT)),
  ATTEMPTS("attempt/attempts.xhtml", tenant(STUDENT)),
  START(
      "attempt/start.xhtml",
      tenant(STUDENT),
      required("assignment", Kind.ASSIGNMENT).deniedTo(404, STUDENT)),
  TAKE(
      "attempt/take.xhtml",
      tenant(STUDENT),
      required("attempt", Kind.ATTEMPT).deniedTo(404, STUDENT)),
  REVIEW(
      "attempt/review.xhtml",
      tenant(STUDENT),
      required("attempt", Kind.ATTEMPT).deniedTo(404, STUDENT)),
  ATTEMPT(
      "attempt/attempt.xhtml",
      tenant(STUDENT),
      required("attempt", Kind.ATTEMPT).deniedTo(404, STUDENT)),
  PROGRESS(
      "attempt/progress.xhtml",
      tenant(TENANT_ADMIN, COACH),
      required("assignment", Kind.ASSIGNMENT).deniedTo(404, COACH)),
  QUEUE("grading/queue.xhtml", tenant(TENANT_ADMIN, COACH)),
  MY_PROGRESS("growth/mine.xhtml", tenant(STUDENT)),
  STUDENT_PROGRESS(
      "growth/student.xhtml",
      tenant(TENANT_ADMIN, COACH),
      required("student", Kind.STUDENT).deniedTo(404, COACH)),
  GRADE(
      "grading/grade.xhtml",
      tenant(TENANT_ADMIN, COACH),
      required("attempt", Kind.HANDED_IN_ATTEMPT).deniedTo(404, COACH)),
  REPORT(
      "grading/report.xhtml",
      tenant(TENANT_ADMIN, COACH),
      required("attempt", Kind.HANDED_IN_ATTEMPT).deniedTo(404, COACH)),
  COMPETENCIES("competency/competencies.xhtml", tenant(TENANT_ADMIN, COACH)),
  COMPETENCY_EDIT(
      "competency/edit.xhtml", tenant(TENANT_ADMIN, COACH), optional("id", Kind.COMPETENCY)),
  COURSES("course/courses.xhtml", tenant(TENANT_ADMIN, COACH)),
  CATALOGUE("course/catalogue.xhtml", tenant(TENANT_ADMIN, COACH, STUDENT)),
  COURSE_EDIT("course/edit.xhtml", tenant(TENANT_ADMIN, COACH), optional("id", Kind.COURSE)),
  LESSON(
      "course/lesson.xhtml",
      tenant(TENANT_ADMIN, COACH),
      required("lesson", Kind.LESSON).beside("course", Kind.COURSE)),
  READ(
      "course/read.xhtml",
      tenant(TENANT_ADMIN, COACH, STUDENT),
      required("id", Kind.PUBLISHED_COURSE).deniedTo(404, TENANT_ADMIN, COACH, STUDENT)),
  QUESTIONS("questionbank/questions.xhtml", tenant(TENANT_ADMIN, COACH)),
  QUESTION_EDIT(
      "questionbank/edit.xhtml", tenant(TENANT_ADMIN, COACH), optional("id", Kind.QUESTION)),
  RUBRICS("rubric/rubrics.xhtml", tenant(TENANT_ADMIN, COACH)),
  RUBRIC_EDIT("rubric/edit.xhtml", tenant(TENANT_ADMIN, COACH), optional("id", Kind.RUBRIC)),
  RUBRIC_PREVIEW("rubric/preview.xhtml", tenant(TENANT_ADMIN, COACH), required("id", Kind.RUBRIC)),
  TEMPLATES("interviewtemplate/templates.xhtml", tenant(TENANT_ADMIN, COACH)),
  TEMPLATE_EDIT(
      "interviewtemplate/edit.xhtml", tenant(TENANT_ADMIN, COACH), optional("id", Kind.TEMPLATE)),
  TEMPLATE_VIEW(
      "interviewtemplate/view.xhtml", tenant(TENANT_ADMIN, COACH), required("id", Kind.TEMPLATE));

  /** Who opens the pages. */
  enum Who {
    PLATFORM_ADMIN,
    TENANT_ADMIN,
    COACH,
    STUDENT,
    SIGNED_OUT
  }

  /**
   * Where a page lives: in a bootcamp (the platform admin, who is in none, is sent to say so), on
   * the platform (the platform admin, and perhaps tenant roles), or everywhere (error pages, the
   * bootcamp chooser).
   */
  record Access(boolean platform, boolean everyone, Set<Who> roles) {
    static final Access EVERYONE =
        new Access(true, true, EnumSet.of(PLATFORM_ADMIN, TENANT_ADMIN, COACH, STUDENT));
  }

  /**
   * The ID parameter of a page: required or not; to which roles a same-bootcamp object of its kind
   * that they may not use answers what; and a parameter always given with it (a lesson's course).
   */
  record Param(
      String name,
      Kind kind,
      boolean optional,
      Set<Who> deniedTo,
      int deniedStatus,
      String besideName,
      Kind besideKind) {
    Param deniedTo(int status, Who... roles) {
      return new Param(
          name, kind, optional, EnumSet.of(roles[0], roles), status, besideName, besideKind);
    }

    Param beside(String otherName, Kind otherKind) {
      return new Param(name, kind, optional, deniedTo, deniedStatus, otherName, otherKind);
    }
  }

  final String path;
  final Access access;
  final Param param;

  SweptPage(String path, Access access) {
    this(path, access, null);
  }

  SweptPage(String path, Access access, Param param) {
    this.path = path;
    this.access = access;
    this.param = param;
  }

  private static Access tenant(Who... roles) {
    return new Access(false, false, EnumSet.of(roles[0], roles));
  }

  private static Access platform(Who... tenantRoles) {
    Set<Who> roles = EnumSet.of(PLATFORM_ADMIN);
    roles.addAll(Set.of(tenantRoles));
    return new Access(true, false, roles);
  }

  private static Param required(String name, Kind kind) {
    return new Param(name, kind, false, Set.of(), 0, null, null);
  }

  private static Param optional(String name, Kind kind) {
    return new Param(name, kind, true, Set.of(), 0, null, null);
  }
}
