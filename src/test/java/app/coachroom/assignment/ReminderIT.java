package app.coachroom.assignment;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.assignment.application.AssignmentInput;
import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.assignment.application.AssignmentView;
import app.coachroom.assignment.application.Reminders;
import app.coachroom.assignment.domain.AssignmentKind;
import app.coachroom.assignment.domain.LatePolicy;
import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.attempt.application.AttemptService;
import app.coachroom.cohort.application.CohortDetails;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.cohort.application.CohortView;
import app.coachroom.cohort.application.RosterService;
import app.coachroom.cohort.domain.CohortRole;
import app.coachroom.identity.ActiveTenant;
import app.coachroom.interviewtemplate.application.InterviewTemplateService;
import app.coachroom.interviewtemplate.domain.TemplateContent;
import app.coachroom.jobs.Jobs;
import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.rubric.application.RubricService;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.tenancy.application.MyPreferences;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.Mailbox;
import app.coachroom.testing.SampleContent;
import app.coachroom.testing.TenantFixture;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Reminder e-mails on a real server, database and mail sink, through the jobs and the outbox: once
 * per student per reminder even when two passes plan and two send at the same moment and a third
 * follows; opted-out students and those without an address get none; an extension moves the "due
 * soon" reminder; each mail is in its student's language and timezone.
 */
class ReminderIT extends InContainerTest {

  @Inject Jobs jobs;
  @Inject AttemptService attempts;
  @Inject Reminders reminders;
  @Inject AssignmentService assignments;
  @Inject CohortService cohorts;
  @Inject RosterService rosters;
  @Inject InterviewTemplateService templates;
  @Inject QuestionService questions;
  @Inject RubricService rubrics;
  @Inject MyPreferences preferences;
  @Inject TenantFixture fixture;
  @Resource ManagedExecutorService executor;

  @Test
  void eachStudentGetsEachReminderOnceEvenWhenSweepsRunTwiceAtOnce() throws Exception {
    ActiveTenant tenantA = fixture.newTenant();
    ActiveTenant tenantB = fixture.newTenant();
    String run = UUID.randomUUID().toString().substring(0, 8);
    String reminded = student(tenantA, "reminded-" + run + "@coachroom.test");
    String optedOut = student(tenantA, "opted-out-" + run + "@coachroom.test");
    String extended = student(tenantA, "extended-" + run + "@coachroom.test");
    String noAddress = fixture.newPerson(tenantA, STUDENT);
    String handedIn = student(tenantA, "handed-in-" + run + "@coachroom.test");
    String other = student(tenantB, "other-" + run + "@coachroom.test");

    fixture.signIn(optedOut, tenantA);
    preferences.wantReminders(false);
    // reads Coachroom in the test language and in Tokyo's time (Deployments adds the bundle)
    fixture.signIn(extended, tenantA);
    preferences.save(true, "Asia/Tokyo", "eo");

    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    AssignmentView a =
        assignDueSoon(
            tenantA,
            "Reminded " + run,
            List.of(reminded, optedOut, extended, noAddress, handedIn),
            now);
    fixture.signIn(handedIn, tenantA);
    attempts.submit(attempts.start(a.id()));
    fixture.signIn(fixture.newPerson(tenantA, TENANT_ADMIN), tenantA);
    assignments.extend(a.id(), extended, now.plusDays(3));
    assignDueSoon(tenantB, "Other " + run, List.of(other), now);

    // two servers plan and send at the same moment, then a third pass follows
    twiceAtOnce(Jobs.REMINDERS);
    jobs.run(Jobs.REMINDERS);
    twiceAtOnce(Jobs.OUTBOX);
    jobs.run(Jobs.OUTBOX);

    assertEquals(
        List.of("Open now: Reminded " + run, "Due soon: Reminded " + run),
        sortedByKind(Mailbox.subjects("reminded-" + run + "@coachroom.test")));
    assertEquals(
        List.of("Malfermita nun: Reminded " + run),
        Mailbox.subjects("extended-" + run + "@coachroom.test"),
        "in the student's language");
    String dueInTokyo =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.forLanguageTag("eo"))
            .withZone(ZoneId.of("Asia/Tokyo"))
            .format(now.plusDays(3).toInstant(ZoneOffset.UTC));
    String text = Mailbox.texts("extended-" + run + "@coachroom.test").get(0);
    assertTrue(
        text.startsWith("Saluton ") && text.contains("Limdato: " + dueInTokyo + " "),
        "the extended due time, in the student's zone and language: " + text);
    assertEquals(List.of(), Mailbox.subjects("opted-out-" + run + "@coachroom.test"));
    assertEquals(
        List.of(),
        Mailbox.subjects("handed-in-" + run + "@coachroom.test"),
        "who handed in is not reminded");
    assertEquals(
        List.of("Open now: Other " + run, "Due soon: Other " + run),
        sortedByKind(Mailbox.subjects("other-" + run + "@coachroom.test")));
    assertEquals(3, fixture.rows("outbox_message", tenantA));
    assertEquals(2, fixture.rows("outbox_message", tenantB));
  }

  @Test
  void studentsCannotPlanReminders() {
    ActiveTenant tenant = fixture.newTenant();
    fixture.signIn(fixture.newPerson(tenant, STUDENT), tenant);
    assertThrows(AccessDeniedException.class, () -> reminders.plan(24));
  }

  private void twiceAtOnce(String job) throws Exception {
    List<Future<Integer>> both = new ArrayList<>();
    both.add(executor.submit(() -> jobs.run(job)));
    both.add(executor.submit(() -> jobs.run(job)));
    for (Future<Integer> pass : both) {
      pass.get();
    }
  }

  private String student(ActiveTenant tenant, String email) {
    String subject = fixture.newPerson(tenant, STUDENT);
    fixture.giveEmail(tenant, subject, email);
    return subject;
  }

  /** An interview that opened an hour ago and is due in three hours (within the 24 h default). */
  private AssignmentView assignDueSoon(
      ActiveTenant tenant, String title, List<String> students, LocalDateTime now) {
    fixture.signIn(fixture.newPerson(tenant, COACH), tenant);
    CohortView cohort = cohorts.create(new CohortDetails("Cohort " + title, null, null));
    rosters.add(cohort.id(), CohortRole.STUDENT, students);
    String rubric = rubrics.create(SampleContent.rubric("Rubric " + title)).id();
    String question = questions.create(SampleContent.behavioural("Question " + title)).id();
    String template =
        templates
            .saveAndPublish(
                null,
                0,
                new TemplateContent(
                    title,
                    null,
                    InterviewStage.BEHAVIOURAL,
                    3600,
                    rubric,
                    new ArrayList<>(List.of(new TemplateContent.Item(question, 30, 600, null)))))
            .id();
    return assignments.create(
        cohort.id(),
        new AssignmentInput(
            AssignmentKind.INTERVIEW,
            template,
            now.minusHours(1),
            now.plusHours(3),
            1,
            LatePolicy.ACCEPT_LATE,
            0,
            ResultRelease.BY_COACH,
            false));
  }

  private static List<String> sortedByKind(List<String> subjects) {
    return subjects.stream().sorted((x, y) -> y.compareTo(x)).toList();
  }
}
