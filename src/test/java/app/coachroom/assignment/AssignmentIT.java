package app.coachroom.assignment;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.assignment.application.AssignmentInput;
import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.assignment.application.AssignmentView;
import app.coachroom.assignment.application.MyAssignment;
import app.coachroom.assignment.application.MyAssignments;
import app.coachroom.assignment.application.Rescheduled;
import app.coachroom.assignment.application.StudentTiming;
import app.coachroom.assignment.domain.AssignmentKind;
import app.coachroom.assignment.domain.LatePolicy;
import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.assignment.domain.Window;
import app.coachroom.attempt.application.AttemptOverview;
import app.coachroom.cohort.application.CohortDetails;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.cohort.application.CohortView;
import app.coachroom.cohort.application.RosterService;
import app.coachroom.cohort.domain.CohortRole;
import app.coachroom.course.application.CourseOutline;
import app.coachroom.course.application.CourseService;
import app.coachroom.course.domain.CourseDetails;
import app.coachroom.course.domain.CourseKind;
import app.coachroom.identity.ActiveTenant;
import app.coachroom.interviewtemplate.application.InterviewTemplateService;
import app.coachroom.interviewtemplate.application.TemplateDetails;
import app.coachroom.interviewtemplate.domain.TemplateContent;
import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.rubric.application.RubricService;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.SampleContent;
import app.coachroom.testing.TenantFixture;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Assignments on a real server and database: what can be assigned, times in the bootcamp's zone,
 * extensions, rescheduling, the student's dashboard, roles and two tenants.
 */
class AssignmentIT extends InContainerTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDateTime OPENS =
      LocalDateTime.of(LocalDate.now(BERLIN).plusDays(7), LocalTime.of(9, 0));
  private static final LocalDateTime DUE = OPENS.plusDays(3);

  @Inject AssignmentService assignments;
  @Inject MyAssignments mine;
  @Inject CohortService cohorts;
  @Inject RosterService rosters;
  @Inject InterviewTemplateService templates;
  @Inject QuestionService questions;
  @Inject RubricService rubrics;
  @Inject CourseService courses;
  @Inject AttemptOverview overview;
  @Inject TenantFixture fixture;

  private ActiveTenant tenantA;
  private ActiveTenant tenantB;
  private String coachA;
  private String coachB;
  private String student1;
  private String student2;
  private CohortView cohort;
  private TemplateDetails published;

  @BeforeEach
  void twoTenants() {
    ActiveTenant a = fixture.newTenant();
    tenantA = new ActiveTenant(a.id(), a.alias(), a.name(), null, "Europe/Berlin", "de");
    tenantB = fixture.newTenant();
    coachA = fixture.newPerson(tenantA, COACH);
    coachB = fixture.newPerson(tenantB, COACH);
    student1 = fixture.newPerson(tenantA, STUDENT);
    student2 = fixture.newPerson(tenantA, STUDENT);
    fixture.signIn(coachA, tenantA);
    cohort = cohorts.create(new CohortDetails("Cohort " + tenantA.alias(), null, null));
    rosters.add(cohort.id(), CohortRole.STUDENT, List.of(student1, student2));
    published = publishedTemplate("System design round");
  }

  @Test
  void coachAssignsThePublishedVersionWithTimesInTheBootcampsZone() {
    AssignmentView created = assignments.create(cohort.id(), interview(published.id(), OPENS, DUE));

    assertEquals(AssignmentKind.INTERVIEW, created.kind());
    assertEquals("System design round", created.title());
    assertEquals(published.publishedNumber(), created.versionNumber());
    assertEquals(OPENS.atZone(BERLIN).toInstant(), created.opensAt());
    assertEquals(DUE.atZone(BERLIN).toInstant(), created.dueAt());
    assertEquals(DUE, created.dueLocal());
    assertEquals(Window.NOT_OPEN, created.window());
    assertEquals(List.of(created.id()), ids(assignments.page(cohort.id(), 0, 10)));
    assertEquals(1, assignments.count(cohort.id()));

    // a newer draft does not change what the cohort got
    templates.saveDraft(published.id(), published.version(), content("Renamed draft", published));
    assertEquals("System design round", assignments.find(created.id()).title());
    assertEquals(published.publishedNumber(), assignments.find(created.id()).versionNumber());
  }

  @Test
  void draftOrArchivedTemplatesAndCoursesAndArchivedCohortsAreRefused() {
    TemplateDetails draft = templates.create(content("Only a draft", published));
    assertRefused(
        "assignment.template.draft",
        () -> assignments.create(cohort.id(), interview(draft.id(), OPENS, DUE)));
    TemplateDetails archived = publishedTemplate("Archived one");
    templates.archive(archived.id(), archived.version());
    assertRefused(
        "assignment.template.archived",
        () -> assignments.create(cohort.id(), interview(archived.id(), OPENS, DUE)));
    CourseOutline draftCourse =
        courses.create(
            new CourseDetails("Draft course", null, CourseKind.SOFT_SKILL_CURRICULUM, null));
    assertRefused(
        "assignment.course.draft", () -> assignments.create(cohort.id(), course(draftCourse.id())));
    assertRefused(
        "assignment.template.required",
        () -> assignments.create(cohort.id(), interview(null, OPENS, DUE)));

    CohortView old = cohorts.create(new CohortDetails("Old " + tenantA.alias(), null, null));
    cohorts.archive(old.id(), old.version());
    assertRefused(
        "cohort.archived.readOnly",
        () -> assignments.create(old.id(), interview(published.id(), OPENS, DUE)));
    assertEquals(0, fixture.rows("assignment", tenantA));
  }

  @Test
  void badTimesAndAttemptsAreRefusedWithTheirFieldAndNothingIsStored() {
    assertField(
        "dueAt", () -> assignments.create(cohort.id(), interview(published.id(), DUE, OPENS)));
    assertField(
        "dueAt",
        () ->
            assignments.create(
                cohort.id(),
                interview(published.id(), OPENS.minusYears(1), OPENS.minusYears(1).plusDays(1))));
    assertField(
        "dueAt", () -> assignments.create(cohort.id(), interview(published.id(), OPENS, null)));
    assertField(
        "attempts",
        () ->
            assignments.create(
                cohort.id(),
                new AssignmentInput(
                    AssignmentKind.INTERVIEW,
                    published.id(),
                    OPENS,
                    DUE,
                    0,
                    LatePolicy.REFUSE,
                    0,
                    ResultRelease.BY_COACH,
                    false)));
    // 2:30 on the night Berlin's clocks go forward does not exist
    LocalDateTime gap = LocalDateTime.of(nextSpringForward(), LocalTime.of(2, 30));
    assertRefused(
        "assignment.time.gap",
        () -> assignments.create(cohort.id(), interview(published.id(), gap.minusDays(1), gap)));
    assertEquals(0, fixture.rows("assignment", tenantA));
  }

  @Test
  void extensionsAreLaterThanTheDueTimeAndOnlyForTheCohortsStudents() {
    AssignmentView a = assignments.create(cohort.id(), interview(published.id(), OPENS, DUE));
    StudentTiming extended = assignments.extend(a.id(), student1, DUE.plusDays(2));
    assertEquals(DUE.plusDays(2).atZone(BERLIN).toInstant(), extended.extendedDueAt());

    assertField("extensionDue", () -> assignments.extend(a.id(), student2, DUE.minusHours(1)));
    assertField("extensionDue", () -> assignments.extend(a.id(), student2, DUE));
    String outsider = fixture.newPerson(tenantA, STUDENT);
    assertRefused(
        "assignment.extension.notStudent",
        () -> assignments.extend(a.id(), outsider, DUE.plusDays(1)));

    List<StudentTiming> students = assignments.students(a.id());
    assertEquals(2, students.size());
    StudentTiming one =
        students.stream().filter(s -> s.subject().equals(student1)).findFirst().get();
    StudentTiming two =
        students.stream().filter(s -> s.subject().equals(student2)).findFirst().get();
    assertTrue(one.extended());
    assertFalse(two.extended());

    assignments.removeExtension(a.id(), student1);
    assertTrue(assignments.students(a.id()).stream().noneMatch(StudentTiming::extended));
  }

  @Test
  void reschedulingSaysHowManyStudentsItTouchedAndDropsExtensionsItOvertook() {
    AssignmentView a = assignments.create(cohort.id(), interview(published.id(), OPENS, DUE));
    assignments.extend(a.id(), student1, DUE.plusDays(1));

    Rescheduled later =
        assignments.update(a.id(), a.version(), interview(published.id(), OPENS, DUE.plusHours(2)));
    assertEquals(1, later.studentsAffected());
    assertEquals(0, later.extensionsDropped());

    Rescheduled past =
        assignments.update(
            a.id(),
            later.assignment().version(),
            interview(published.id(), OPENS, DUE.plusDays(2)));
    assertEquals(2, past.studentsAffected());
    assertEquals(1, past.extensionsDropped());
    assertTrue(assignments.students(a.id()).stream().noneMatch(StudentTiming::extended));

    assertThrows(
        OptimisticLockException.class,
        () -> assignments.update(a.id(), a.version(), interview(published.id(), OPENS, DUE)));
    assertEquals(DUE.plusDays(2), assignments.find(a.id()).dueLocal());
  }

  @Test
  void studentsSeeTheirOwnDueTimesAcrossCohortsSoonestFirst() {
    CohortView second = cohorts.create(new CohortDetails("Second " + tenantA.alias(), null, null));
    rosters.add(second.id(), CohortRole.STUDENT, List.of(student1));
    CohortView other = cohorts.create(new CohortDetails("Other " + tenantA.alias(), null, null));
    rosters.add(other.id(), CohortRole.STUDENT, List.of(student2));

    AssignmentView first = assignments.create(cohort.id(), interview(published.id(), OPENS, DUE));
    AssignmentView soon =
        assignments.create(second.id(), interview(published.id(), OPENS, DUE.minusDays(1)));
    assignments.create(other.id(), interview(published.id(), OPENS, DUE));
    CourseOutline reading = publishedCourse("Read before the interview");
    AssignmentView course = assignments.create(cohort.id(), course(reading.id()));
    assignments.extend(soon.id(), student1, DUE.plusDays(5));

    fixture.signIn(student1, tenantA);
    List<MyAssignment> dashboard = mine.page(false, 0, 10);
    assertEquals(
        List.of(course.id(), first.id(), soon.id()),
        dashboard.stream().map(MyAssignment::id).toList());
    MyAssignment extended = dashboard.get(2);
    assertTrue(extended.extended());
    assertEquals(DUE.plusDays(5).atZone(BERLIN).toInstant(), extended.dueAt());
    assertEquals(Window.NOT_OPEN, extended.window());
    assertEquals("Second " + tenantA.alias(), extended.cohortName());
    assertEquals(reading.id(), dashboard.get(0).targetId());
    assertTrue(dashboard.get(0).isCourse());
    assertEquals(3, mine.count(false));
    assertEquals(0, mine.count(true));
    assertTrue(mine.page(true, 0, 10).isEmpty());

    assertThrows(AccessDeniedException.class, () -> assignments.find(first.id()));
    assertThrows(
        AccessDeniedException.class,
        () -> assignments.create(cohort.id(), interview(published.id(), OPENS, DUE)));
    assertThrows(
        AccessDeniedException.class,
        () -> assignments.extend(first.id(), student1, DUE.plusDays(9)));
  }

  @Test
  void aCoachOfAnotherCohortNeitherSeesNorChangesItsAssignments() {
    AssignmentView a = assignments.create(cohort.id(), interview(published.id(), OPENS, DUE));
    assignments.extend(a.id(), student1, DUE.plusDays(2));
    assertEquals(
        2, overview.progress(a.id()).students().size(), "the cohort's coach sees progress");

    fixture.signIn(fixture.newPerson(tenantA, COACH), tenantA);
    assertThrows(NotFoundException.class, () -> assignments.find(a.id()));
    assertThrows(NotFoundException.class, () -> assignments.page(cohort.id(), 0, 10));
    assertThrows(NotFoundException.class, () -> assignments.count(cohort.id()));
    assertThrows(NotFoundException.class, () -> assignments.students(a.id()), "names and e-mails");
    assertThrows(NotFoundException.class, () -> overview.progress(a.id()));
    assertThrows(
        NotFoundException.class,
        () -> assignments.create(cohort.id(), interview(published.id(), OPENS, DUE)));
    assertThrows(
        NotFoundException.class,
        () ->
            assignments.update(
                a.id(), a.version(), interview(published.id(), OPENS, DUE.plusDays(1))));
    assertThrows(
        NotFoundException.class, () -> assignments.extend(a.id(), student2, DUE.plusDays(1)));
    assertThrows(NotFoundException.class, () -> assignments.removeExtension(a.id(), student1));
    assertTrue(
        assignments.dueBetween(OPENS.minusDays(1), DUE.plusDays(1)).isEmpty(),
        "not in their calendar");

    fixture.signIn(coachA, tenantA);
    assertEquals(1, assignments.count(cohort.id()));
    assertEquals(1, assignments.students(a.id()).stream().filter(StudentTiming::extended).count());
    assertEquals(1, assignments.dueBetween(OPENS.minusDays(1), DUE.plusDays(1)).size());
  }

  @Test
  void anotherTenantNeitherSeesNorChangesAssignments() {
    AssignmentView a = assignments.create(cohort.id(), interview(published.id(), OPENS, DUE));

    fixture.signIn(coachB, tenantB);
    assertThrows(NotFoundException.class, () -> assignments.find(a.id()));
    assertThrows(NotFoundException.class, () -> assignments.page(cohort.id(), 0, 10));
    assertThrows(NotFoundException.class, () -> assignments.students(a.id()));
    assertThrows(
        NotFoundException.class,
        () ->
            assignments.update(
                a.id(), a.version(), interview(published.id(), OPENS, DUE.plusDays(1))));
    assertThrows(
        NotFoundException.class, () -> assignments.extend(a.id(), student1, DUE.plusDays(1)));
    assertThrows(NotFoundException.class, () -> assignments.removeExtension(a.id(), student1));
    CohortView mineB = cohorts.create(new CohortDetails("B cohort", null, null));
    assertThrows(
        NotFoundException.class,
        () -> assignments.create(mineB.id(), interview(published.id(), OPENS, DUE)));
    assertTrue(assignments.targets().templates().isEmpty());

    fixture.signIn(coachA, tenantA);
    assertEquals(a, assignments.find(a.id()));
    assertEquals(0, fixture.rows("assignment", tenantB));
  }

  private TemplateDetails publishedTemplate(String title) {
    String rubric = rubrics.create(SampleContent.rubric("STAR " + title)).id();
    String question = questions.create(SampleContent.behavioural("Conflict " + title)).id();
    return templates.saveAndPublish(
        null,
        0,
        new TemplateContent(
            title,
            null,
            InterviewStage.BEHAVIOURAL,
            3600,
            rubric,
            new ArrayList<>(List.of(new TemplateContent.Item(question, 30, 600, null)))));
  }

  private static TemplateContent content(String title, TemplateDetails like) {
    TemplateContent c = like.working().content();
    return new TemplateContent(
        title, c.instructions(), c.stage(), c.overallSeconds(), c.defaultRubricId(), c.items());
  }

  private CourseOutline publishedCourse(String title) {
    CourseOutline c =
        courses.create(new CourseDetails(title, null, CourseKind.SOFT_SKILL_CURRICULUM, null));
    c = courses.addModule(c.id(), c.version(), "Module");
    c = courses.addLesson(c.id(), c.version(), c.modules().get(0).id(), "Lesson");
    String lesson = c.modules().get(0).lessons().get(0).id();
    courses.writeLesson(c.id(), c.version(), lesson, "Lesson", "Read this.");
    c = courses.find(c.id());
    return courses.publish(c.id(), c.version());
  }

  private static AssignmentInput interview(
      String templateId, LocalDateTime opens, LocalDateTime due) {
    return new AssignmentInput(
        AssignmentKind.INTERVIEW,
        templateId,
        opens,
        due,
        2,
        LatePolicy.ACCEPT_LATE,
        15,
        ResultRelease.BY_COACH,
        false);
  }

  private static AssignmentInput course(String courseId) {
    return new AssignmentInput(
        AssignmentKind.COURSE,
        courseId,
        OPENS,
        DUE.minusHours(1),
        1,
        LatePolicy.ACCEPT_LATE,
        0,
        ResultRelease.AUTOMATIC,
        false);
  }

  private static LocalDate nextSpringForward() {
    Instant next = BERLIN.getRules().nextTransition(Instant.now()).getInstant();
    while (!BERLIN.getRules().nextTransition(next.minusSeconds(1)).isGap()) {
      next = BERLIN.getRules().nextTransition(next).getInstant();
    }
    return LocalDateTime.ofInstant(next, BERLIN).toLocalDate();
  }

  private static List<String> ids(List<AssignmentView> views) {
    return views.stream().map(AssignmentView::id).toList();
  }

  private static void assertRefused(String key, Executable call) {
    assertEquals(key, assertThrows(RuleViolationException.class, call).messageKey());
  }

  private static void assertField(String field, Executable call) {
    assertEquals(field, assertThrows(RuleViolationException.class, call).field());
  }
}
