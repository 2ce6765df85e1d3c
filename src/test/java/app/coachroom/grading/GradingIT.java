package app.coachroom.grading;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.assignment.domain.LatePolicy;
import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.attempt.application.AttemptOverview;
import app.coachroom.attempt.application.AttemptRecord;
import app.coachroom.attempt.application.AttemptRow;
import app.coachroom.attempt.application.AttemptService;
import app.coachroom.attempt.application.ProgressRow;
import app.coachroom.attempt.domain.AnswerInput;
import app.coachroom.audit.application.AuditEntry;
import app.coachroom.audit.application.AuditFilter;
import app.coachroom.audit.application.AuditLog;
import app.coachroom.cohort.application.CohortDetails;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.cohort.application.RosterService;
import app.coachroom.cohort.domain.CohortRole;
import app.coachroom.competency.application.CompetencyDetails;
import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.domain.CompetencyKind;
import app.coachroom.grading.application.AssignmentResults;
import app.coachroom.grading.application.Feedback;
import app.coachroom.grading.application.FeedbackView;
import app.coachroom.grading.application.GradeExport;
import app.coachroom.grading.application.GradeReport;
import app.coachroom.grading.application.GradingQueue;
import app.coachroom.grading.application.GradingService;
import app.coachroom.grading.application.HandedIn;
import app.coachroom.grading.application.QueueAssignment;
import app.coachroom.grading.application.QueueFilter;
import app.coachroom.grading.application.QueueQuestion;
import app.coachroom.grading.application.QueueRow;
import app.coachroom.grading.application.ReviewSave;
import app.coachroom.grading.application.ReviewScreen;
import app.coachroom.grading.application.ReviewView;
import app.coachroom.grading.application.ScoreChangeView;
import app.coachroom.grading.domain.AnswerGrade;
import app.coachroom.grading.domain.QueueState;
import app.coachroom.grading.domain.ReviewStatus;
import app.coachroom.grading.domain.ScoreChangeKind;
import app.coachroom.identity.ActiveTenant;
import app.coachroom.interviewtemplate.application.InterviewTemplateService;
import app.coachroom.interviewtemplate.application.VersionView;
import app.coachroom.interviewtemplate.domain.TemplateContent;
import app.coachroom.jobs.Jobs;
import app.coachroom.library.application.AuthoringTransfer;
import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.rubric.application.RubricService;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.tenancy.application.TenantSettings;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.InterviewRounds;
import app.coachroom.testing.Mailbox;
import app.coachroom.testing.SampleContent;
import app.coachroom.testing.SqlStatements;
import app.coachroom.testing.TenantFixture;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reviews on a real server and database: grading by rubric levels on top of the automatic score,
 * release and taking back with every score change kept, a stale save refused as a conflict (R1),
 * bad grades refused, the grading queue (oldest first, filtered and paged, claiming), and who may
 * grade: the cohort's coaches and the bootcamp's admins, nobody of another cohort or bootcamp.
 */
class GradingIT extends InContainerTest {

  @Inject GradingService grading;
  @Inject GradingQueue queue;
  @Inject Feedback feedback;
  @Inject CompetencyService competencies;
  @Inject RubricService rubrics;
  @Inject AttemptService attempts;
  @Inject AssignmentService assignments;
  @Inject RosterService rosters;
  @Inject QuestionService questions;
  @Inject TenantFixture fixture;
  @Inject InterviewRounds rounds;
  @Inject SqlStatements sql;
  @Inject AttemptOverview overview;
  @Inject Jobs jobs;
  @Inject AuditLog audit;
  @Inject TenantSettings settings;
  @Inject CohortService cohorts;
  @Inject InterviewTemplateService templates;
  @Inject AuthoringTransfer authoring;

  private ActiveTenant tenant;
  private String coach;
  private String coCoach;
  private String admin;
  private String student;
  private String cohortId;
  private String templateId;
  private String mc;

  @BeforeEach
  void aCohortWithAMixedTemplate() {
    tenant = fixture.newTenant();
    coach = fixture.newPerson(tenant, COACH);
    coCoach = fixture.newPerson(tenant, COACH);
    student = fixture.newPerson(tenant, STUDENT);
    fixture.signIn(coach, tenant);
    cohortId = rounds.cohortWith(List.of(student)); // its creator coaches it
    admin = fixture.newPerson(tenant, TENANT_ADMIN);
    fixture.signIn(admin, tenant); // who chooses its coaches
    rosters.add(cohortId, CohortRole.COACH, List.of(coCoach));
    fixture.signIn(coach, tenant);
    mc = questions.create(SampleContent.multipleChoice("Pick")).id();
    String text = questions.create(SampleContent.technicalText("Explain")).id();
    templateId =
        rounds.publish(
            "Graded round",
            null,
            InterviewStage.TECHNICAL_SCREEN,
            1800,
            List.of(
                new TemplateContent.Item(mc, 0, 120, null),
                new TemplateContent.Item(text, 0, 300, null)));
  }

  /** An assignment of the round to the cohort, made by the coach. */
  private String assign(ResultRelease release) {
    return assign(release, false);
  }

  private String assign(ResultRelease release, boolean anonymous) {
    fixture.signIn(coach, tenant);
    return assignments
        .create(
            cohortId,
            SampleContent.interviewOpenNow(
                templateId, 1, LatePolicy.ACCEPT_LATE, release, anonymous))
        .id();
  }

  /** The student answers the multiple choice right and hands in; the coach is signed in after. */
  private String handedIn(ResultRelease release) {
    return handedIn(student, assign(release));
  }

  private String handedIn(String who, String assignment) {
    fixture.signIn(who, tenant);
    String attempt = attempts.start(assignment);
    attempts.save(attempt, 0, 0, new AnswerInput.Choices(List.of(0)));
    attempts.submit(attempt);
    fixture.signIn(coach, tenant);
    return attempt;
  }

  @Test
  void aCoachGradesReleasesTakesBackAndRegradesWithEveryChangeKept() {
    String attempt = handedIn(ResultRelease.BY_COACH);
    ReviewScreen shown = grading.screen(attempt);
    assertNull(shown.review().status(), "opening the review screen begins nothing");
    assertFalse(shown.review().heldByMe());
    assertEquals(1, shown.review().points(), "it shows the automatic points all the same");
    assertNull(grading.report(attempt).status(), "nothing stored");
    ReviewView opened = grading.open(attempt);
    assertEquals(ReviewStatus.IN_PROGRESS, opened.status());
    assertEquals(1, opened.points(), "the multiple choice scored at hand-in");
    assertEquals(1 + 3, opened.maxPoints());
    assertTrue(opened.heldByMe());
    assertEquals(
        opened.version(), grading.open(attempt).version(), "opening again changes nothing");
    ReviewScreen screen = grading.screen(attempt);
    assertEquals(opened.version(), screen.review().version());
    assertEquals("Graded round", screen.assignmentTitle());
    assertEquals(student, screen.student());
    ReviewScreen.Question pick = screen.questions().get(0);
    assertTrue(pick.isAutoScored());
    assertEquals(List.of(0), pick.correctChoices());
    assertTrue(pick.entry().answer().chose(0));
    assertEquals(1, pick.entry().answer().points(), "the coach sees the automatic points");
    ReviewScreen.Question explain = screen.questions().get(1);
    assertEquals(3, explain.maxPoints());
    assertTrue(explain.entry().answer().isEmpty());
    assertEquals(1, explain.rubric().criteria().size());

    ReviewSave graded = grading.save(attempt, opened.version(), grades(3), "Clear and short.");
    assertFalse(graded.isConflict());
    assertEquals(ReviewStatus.GRADED, graded.review().status(), "released only by the coach");
    assertEquals(4, graded.review().points());
    assertEquals(List.of(1, 3), graded.review().answerPoints());

    ReviewView released = grading.release(attempt, false);
    assertEquals(ReviewStatus.RELEASED, released.status());
    assertRefused(
        "review.released", () -> grading.save(attempt, released.version(), grades(0), null));
    ReviewView back = grading.unrelease(attempt);
    assertEquals(ReviewStatus.GRADED, back.status());
    assertEquals(1, grading.save(attempt, back.version(), grades(0), null).review().points());

    List<ScoreChangeView> history = grading.history(attempt);
    assertEquals(
        List.of(
            ScoreChangeKind.LEVEL,
            ScoreChangeKind.TOTAL,
            ScoreChangeKind.RELEASED,
            ScoreChangeKind.UNRELEASED,
            ScoreChangeKind.LEVEL,
            ScoreChangeKind.TOTAL),
        history.stream().map(ScoreChangeView::kind).toList());
    ScoreChangeView regraded = history.get(4);
    assertEquals(3, regraded.oldPoints());
    assertEquals(0, regraded.newPoints());
    assertEquals(1, regraded.position());
    assertEquals(coach, regraded.changedBy());
    assertEquals(4, history.get(5).oldPoints());
    assertEquals(1, history.get(5).newPoints());
  }

  /** R1: two saves based on the same version; the second is a conflict and overwrites nothing. */
  @Test
  void aSaveBasedOnAnOlderVersionIsAConflictAndOverwritesNothing() {
    String attempt = handedIn(ResultRelease.BY_COACH);
    ReviewView firstTab = grading.open(attempt);
    ReviewView secondTab = grading.open(attempt);
    assertFalse(grading.save(attempt, firstTab.version(), grades(3), "First.").isConflict());
    ReviewSave stale = grading.save(attempt, secondTab.version(), grades(0), "Second.");
    assertTrue(stale.isConflict());
    assertEquals(List.of(3), stale.review().grades().get(1).levels(), "the stored one, to compare");
    assertEquals("First.", grading.open(attempt).overallComment());

    // another coach of the cohort takes the review over; the first coach's save is then stale
    ReviewView before = grading.open(attempt);
    fixture.signIn(coCoach, tenant);
    assertFalse(grading.open(attempt).heldByMe());
    assertRefused(
        "review.heldByOther", () -> grading.save(attempt, before.version(), grades(0), null));
    ReviewView taken = grading.takeOver(attempt);
    assertTrue(taken.heldByMe());
    fixture.signIn(coach, tenant);
    assertTrue(grading.save(attempt, before.version(), grades(0), null).isConflict());
    fixture.signIn(coCoach, tenant);
    assertEquals(
        1, grading.save(attempt, taken.version(), grades(0), "Mine now.").review().points());
    assertEquals("Mine now.", grading.open(attempt).overallComment());
  }

  @Test
  void badGradesAndUngradedReleasesAreRefused() {
    String attempt = handedIn(ResultRelease.BY_COACH);
    ReviewView review = grading.open(attempt);
    assertRefused(
        "review.level.unknown", () -> grading.save(attempt, review.version(), grades(2), null));
    assertRefused(
        "review.answers.count",
        () -> grading.save(attempt, review.version(), List.of(AnswerGrade.empty(0)), null));
    assertRefused(
        "review.override.reason.required",
        () ->
            grading.save(
                attempt,
                review.version(),
                List.of(new AnswerGrade(List.of(), null, 0, ""), level(3)),
                null));
    assertEquals(review.version(), grading.open(attempt).version(), "nothing was saved");
    assertRefused("review.release.ungraded", () -> grading.release(attempt, false));
    assertEquals(ReviewStatus.RELEASED, grading.release(attempt, true).status());
    assertThrows(NotFoundException.class, () -> grading.open("no-such-attempt"));
  }

  @Test
  void resultsReleasedAutomaticallyGoOutOnceGradedInFullAndStayOpenToTheHolder() {
    String attempt = handedIn(ResultRelease.AUTOMATIC);
    ReviewView review = grading.open(attempt);
    ReviewSave saved = grading.save(attempt, review.version(), grades(3), null);
    assertEquals(ReviewStatus.RELEASED, saved.review().status());
    assertEquals(
        ScoreChangeKind.RELEASED,
        grading.history(attempt).get(grading.history(attempt).size() - 1).kind());

    // released automatically, it still takes its holder's changes, stays released, keeps history
    ReviewSave changed =
        grading.save(attempt, saved.review().version(), grades(0), "Second thoughts.");
    assertEquals(ReviewStatus.RELEASED, changed.review().status());
    assertEquals(1, changed.review().points());
    assertEquals(
        ScoreChangeKind.TOTAL,
        grading.history(attempt).get(grading.history(attempt).size() - 1).kind());
    // taken back, it stays back through saves until released by hand
    ReviewView back = grading.unrelease(attempt);
    ReviewSave regraded = grading.save(attempt, back.version(), grades(3), null);
    assertEquals(ReviewStatus.GRADED, regraded.review().status());
    fixture.signIn(coCoach, tenant);
    assertRefused(
        "review.heldByOther",
        () -> grading.save(attempt, regraded.review().version(), grades(0), null));
  }

  @Test
  void aReviewWithNothingToGradeByHandIsReleasedWhenBegunIfResultsGoOutAutomatically() {
    String mc = questions.create(SampleContent.multipleChoice("Only pick")).id();
    templateId =
        rounds.publish(
            "Quiz round",
            null,
            InterviewStage.TECHNICAL_SCREEN,
            600,
            List.of(new TemplateContent.Item(mc, 0, 120, null)));
    String attempt = handedIn(ResultRelease.AUTOMATIC);
    fixture.signIn(student, tenant);
    assertStudentSeesPoints(attempt, true, "released automatically at hand-in");
    fixture.signIn(coach, tenant);
    assertEquals(ReviewStatus.RELEASED, grading.claim(attempt).status());
    fixture.signIn(student, tenant);
    assertEquals(1, feedback.released(attempt).orElseThrow().points());

    // taken back means gone: no total, no points per answer, no feedback
    fixture.signIn(coach, tenant);
    grading.unrelease(attempt);
    fixture.signIn(student, tenant);
    assertStudentSeesPoints(attempt, false, "taken back");
    assertTrue(feedback.released(attempt).isEmpty());

    fixture.signIn(coach, tenant);
    grading.release(attempt, false);
    fixture.signIn(student, tenant);
    assertStudentSeesPoints(attempt, true, "released again");
  }

  /** What the student's attempt list and their attempt's page show of the automatic points. */
  private void assertStudentSeesPoints(String attempt, boolean shown, String why) {
    AttemptRow row =
        attempts.mine(0, 50).stream().filter(r -> r.id().equals(attempt)).findFirst().orElseThrow();
    assertEquals(shown, row.hasScore(), "list: " + why);
    AttemptRecord record = attempts.record(attempt);
    assertEquals(shown, record.attempt().hasScore(), "page: " + why);
    assertEquals(
        shown,
        record.entries().stream().anyMatch(e -> e.answer().points() != null),
        "answers: " + why);
  }

  @Test
  void onlyTheCohortsCoachesAndTheBootcampsAdminsGrade() {
    String attempt = handedIn(ResultRelease.BY_COACH);
    fixture.signIn(fixture.newPerson(tenant, COACH), tenant);
    assertThrows(NotFoundException.class, () -> grading.open(attempt), "not this cohort's");
    fixture.signIn(student, tenant);
    assertThrows(AccessDeniedException.class, () -> grading.open(attempt));
    ActiveTenant elsewhere = fixture.newTenant();
    fixture.signIn(fixture.newPerson(elsewhere, COACH, TENANT_ADMIN), elsewhere);
    assertThrows(NotFoundException.class, () -> grading.open(attempt));

    // a tenant admin who studies in the cohort grades none of its attempts, their own included
    String adminStudent = fixture.newPerson(tenant, STUDENT, TENANT_ADMIN);
    fixture.signIn(coach, tenant);
    rosters.add(cohortId, CohortRole.STUDENT, List.of(adminStudent));
    String round = assign(ResultRelease.BY_COACH);
    String own = handedIn(adminStudent, round);
    fixture.signIn(adminStudent, tenant);
    assertThrows(AccessDeniedException.class, () -> grading.open(own), "their own");
    assertThrows(AccessDeniedException.class, () -> grading.open(attempt), "a classmate's");
    assertThrows(AccessDeniedException.class, () -> grading.releaseAll(round));
    fixture.signIn(fixture.newPerson(tenant, TENANT_ADMIN), tenant);
    assertEquals(ReviewStatus.IN_PROGRESS, grading.open(attempt).status());
    assertEquals(1, fixture.rows("review", tenant));
    assertEquals(0, fixture.rows("review", elsewhere));
  }

  @Test
  void anAttemptStillInProgressIsNotGraded() {
    String assignment = assign(ResultRelease.BY_COACH);
    fixture.signIn(student, tenant);
    String attempt = attempts.start(assignment);
    fixture.signIn(coach, tenant);
    assertThrows(NotFoundException.class, () -> grading.open(attempt));
  }

  @Test
  void theQueueListsTheCohortsHandedInAttemptsOldestFirstFilteredAndPaged() {
    String older = handedIn(ResultRelease.BY_COACH);
    String newer = handedIn(ResultRelease.BY_COACH);
    fixture.shiftBack(tenant, "attempt", older, 3600, "submitted_at");
    QueueFilter all = QueueFilter.all();
    assertEquals(2, queue.count(all));
    List<QueueRow> rows = queue.page(all, 0, 10);
    assertEquals(List.of(older, newer), rows.stream().map(QueueRow::attemptId).toList());
    assertEquals(QueueState.TO_GRADE, rows.get(0).state());
    assertTrue(rows.get(0).waiting().toMinutes() >= 60, rows.get(0).waiting().toString());
    assertEquals("Graded round", rows.get(0).assignmentTitle());
    assertEquals(List.of(newer), queue.page(all, 1, 1).stream().map(QueueRow::attemptId).toList());

    // claiming takes it out of "to grade"; another coach of the cohort cannot claim it too
    assertTrue(grading.claim(older).heldByMe());
    assertEquals(
        List.of(newer), ids(new QueueFilter(null, null, QueueState.TO_GRADE, false, false, null)));
    List<QueueRow> inProgress =
        queue.page(new QueueFilter(null, null, QueueState.IN_PROGRESS, false, false, null), 0, 10);
    assertEquals(List.of(older), inProgress.stream().map(QueueRow::attemptId).toList());
    assertEquals(coach, inProgress.get(0).heldBy());
    assertEquals(1, inProgress.get(0).points());
    assertEquals(1, queue.count(all.onlyMine()));
    // next: the oldest nobody began, else the oldest in progress the caller holds
    assertEquals(newer, queue.next(all, older));
    assertEquals(older, queue.next(all, newer));
    assertEquals(
        List.of("Graded round", "Graded round"),
        queue.assignments().stream().map(QueueAssignment::title).toList(),
        "each attempt here is of an assignment of its own");
    fixture.signIn(coCoach, tenant);
    assertEquals(0, queue.count(all.onlyMine()));
    assertNull(queue.next(all, newer), "the older one is another coach's");
    assertRefused("review.heldByOther", () -> grading.claim(older));
    assertEquals(
        0, queue.count(new QueueFilter(null, null, null, true, false, null)), "none was late");
    assertEquals(2, queue.count(new QueueFilter(cohortId, null, null, false, false, null)));

    // a coach of no cohort here sees nothing; the bootcamp's admin sees all; another bootcamp none
    fixture.signIn(fixture.newPerson(tenant, COACH), tenant);
    assertEquals(0, queue.count(all));
    fixture.signIn(fixture.newPerson(tenant, TENANT_ADMIN), tenant);
    assertEquals(2, queue.count(all));
    ActiveTenant elsewhere = fixture.newTenant();
    fixture.signIn(fixture.newPerson(elsewhere, TENANT_ADMIN), elsewhere);
    assertEquals(0, queue.count(all));
    assertEquals(List.of(), queue.page(all, 0, 10));
  }

  @Test
  void theStudentReadsFeedbackOnlyOnceReleasedAndOnlyOnTheirOwnAttempt() {
    String communication =
        competencies
            .create(new CompetencyDetails("Clear communication", null, CompetencyKind.SOFT_SKILL))
            .id();
    String rubric =
        rubrics
            .create(
                new RubricContent(
                    "Tagged",
                    null,
                    List.of(
                        new RubricContent.Criterion(
                            "Clarity",
                            null,
                            communication,
                            List.of(
                                new RubricContent.Level(3, "Clear and to the point"),
                                new RubricContent.Level(0, "Hard to follow"))),
                        new RubricContent.Criterion(
                            "Depth",
                            null,
                            null,
                            List.of(
                                new RubricContent.Level(2, "Deep"),
                                new RubricContent.Level(0, "Shallow"))))))
            .id();
    String mc = questions.create(SampleContent.multipleChoice("Pick again")).id();
    String text = questions.create(SampleContent.technicalText("Explain more")).id();
    templateId =
        rounds.publish(
            "Tagged round",
            null,
            InterviewStage.TECHNICAL_SCREEN,
            1800,
            List.of(
                new TemplateContent.Item(mc, 0, 120, null),
                new TemplateContent.Item(text, 0, 300, rubric)));
    String attempt = handedIn(ResultRelease.BY_COACH);
    ReviewView review = grading.open(attempt);
    assertNoFeedback(attempt, "begun, not released");
    grading.save(
        attempt,
        review.version(),
        List.of(
            AnswerGrade.empty(0),
            new AnswerGrade(Arrays.asList(3, 0), "Good structure.", null, null)),
        "Keep practising depth.");
    assertNoFeedback(attempt, "graded, not released");

    grading.release(attempt, false);
    fixture.signIn(student, tenant);
    FeedbackView shown = feedback.released(attempt).orElseThrow();
    assertEquals(4, shown.points());
    assertEquals(1 + 5, shown.maxPoints());
    assertEquals("Keep practising depth.", shown.overallComment());
    assertTrue(shown.answers().get(0).autoScored());
    assertEquals(1, shown.answers().get(0).points());
    FeedbackView.AnswerFeedback explained = shown.answers().get(1);
    assertEquals(3, explained.points());
    assertEquals(5, explained.maxPoints());
    assertEquals("Good structure.", explained.comment());
    assertEquals(
        List.of(
            new FeedbackView.CriterionResult("Clarity", 3, 3, "Clear and to the point"),
            new FeedbackView.CriterionResult("Depth", 0, 2, "Shallow")),
        explained.criteria());
    assertEquals(
        List.of(new FeedbackView.CompetencyResult("Clear communication", 3, 3)),
        shown.competencies());

    // nobody else reads it: another student (not found), a coach (not a student's call)
    fixture.signIn(fixture.newPerson(tenant, STUDENT), tenant);
    assertThrows(NotFoundException.class, () -> feedback.released(attempt));
    fixture.signIn(coach, tenant);
    assertThrows(AccessDeniedException.class, () -> feedback.released(attempt));

    grading.unrelease(attempt);
    assertNoFeedback(attempt, "taken back");
  }

  /** The student sees no feedback on the attempt; the coach is signed in again after. */
  private void assertNoFeedback(String attempt, String why) {
    fixture.signIn(student, tenant);
    assertTrue(feedback.released(attempt).isEmpty(), why);
    fixture.signIn(coach, tenant);
  }

  /** Neither a queue page nor a review's opening costs more statements as attempts pile up. */
  @Test
  void statementsPerQueuePageAndReviewDoNotGrowWithTheAttempts() {
    String first = handedIn(ResultRelease.BY_COACH);
    grading.claim(first);
    grading.screen(first);
    long page = sql.countDuring(() -> queue.page(QueueFilter.all(), 0, 50));
    long review = sql.countDuring(() -> grading.screen(first));
    for (int i = 0; i < 5; i++) {
      String more = handedIn(ResultRelease.BY_COACH);
      if (i % 2 == 0) {
        grading.claim(more);
      }
    }
    assertEquals(6, queue.count(QueueFilter.all()));
    assertEquals(page, sql.countDuring(() -> queue.page(QueueFilter.all(), 0, 50)), "queue page");
    assertEquals(review, sql.countDuring(() -> grading.screen(first)), "the review screen");
    assertTrue(page <= 3, page + " statements for a queue page");
  }

  /** Narrowed to a question: the attempts whose answer to it has not got every level yet. */
  @Test
  void theQueueNarrowsToAttemptsWhoseAnswerToAQuestionStillNeedsGrading() {
    String second = fixture.newPerson(tenant, STUDENT);
    String third = fixture.newPerson(tenant, STUDENT);
    rosters.add(cohortId, CohortRole.STUDENT, List.of(second, third));
    String assignment = assign(ResultRelease.BY_COACH);
    String graded = handedIn(student, assignment);
    String begun = handedIn(second, assignment);
    String untouched = handedIn(third, assignment);
    fixture.shiftBack(tenant, "attempt", begun, 60, "submitted_at");
    assertEquals(
        List.of(new QueueQuestion(1, "Explain")),
        queue.questions(assignment),
        "only questions graded by rubric");
    grading.save(graded, grading.open(graded).version(), grades(3), null);
    grading.open(begun);
    QueueFilter atExplain = QueueFilter.all().atQuestion(1);
    assertEquals(List.of(begun, untouched), ids(atExplain));
    assertEquals(2, queue.count(atExplain));
    assertEquals(begun, queue.next(atExplain, untouched), "next keeps to the question");
    grading.save(begun, grading.open(begun).version(), grades(0), null);
    assertEquals(List.of(untouched), ids(atExplain));

    // a coach of no cohort here gets no questions
    fixture.signIn(fixture.newPerson(tenant, COACH), tenant);
    assertEquals(List.of(), queue.questions(assignment));
  }

  /**
   * Anonymous grading: until someone allowed reveals identities, the queue, the review screen, the
   * report, the export and the progress page do not tell whose attempt it is, nor exactly when it
   * came, whether it was late or how many attempts it took; releasing and taking back results
   * change nothing about that. A tenant admin reveals, once, for the whole assignment; a coach only
   * if the bootcamp lets coaches. Every step is in the audit log, without the name while hidden.
   */
  @Test
  void anonymousWorkStaysAnonymousUntilIdentitiesAreRevealedOnceAndLogged() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    fixture.giveEmail(tenant, student, "anon-" + run + "@coachroom.test");
    String assignment = assign(ResultRelease.BY_COACH, true);
    assertTrue(assignments.find(assignment).hidesIdentities());
    assignments.extend(assignment, student, assignments.find(assignment).dueLocal().plusDays(2));
    String attempt = handedIn(student, assignment);
    String code = attempt.replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);

    GradeReport unbegun = grading.report(attempt);
    assertNull(unbegun.status());
    assertNull(unbegun.feedback());
    QueueRow row = queue.page(QueueFilter.all(), 0, 10).get(0);
    assertEquals(QueueState.TO_GRADE, row.state());
    assertNull(row.student());
    assertNull(row.studentName());
    assertEquals(code, row.anonymousAs());
    assertHandedInDayOnly(row.handedIn());
    assertEquals(0, row.attemptNumber(), "how many attempts someone took would tell who it is");
    ReviewScreen screen = grading.screen(attempt);
    assertNull(screen.student());
    assertNull(screen.studentName());
    assertEquals(code, screen.anonymousAs());
    assertHandedInDayOnly(screen.handedIn());
    screen.questions().forEach(q -> assertNull(q.entry().answer().savedAt(), "no save times"));
    GradeExport.Row exported = grading.export(assignment).rows().get(0);
    assertNull(exported.name());
    assertNull(exported.email());
    assertEquals(code, exported.anonymousAs());
    assertHandedInDayOnly(exported.handedIn());
    ProgressRow progress = overview.progress(assignment).students().get(0);
    assertNull(progress.lastHandedIn(), "the hand-in time would match the queue's");
    assertEquals(
        assignments.find(assignment).dueAt(), progress.dueAt(), "an extension would tell who");
    assertAnonymityLocked(assignment);

    // graded, released, taken back, released again: still anonymous (the old loophole)
    grading.save(attempt, grading.claim(attempt).version(), grades(3), "Well argued.");
    GradeReport report = grading.report(attempt);
    assertNull(report.studentName());
    assertEquals(code, report.anonymousAs());
    assertEquals(ReviewStatus.GRADED, report.status());
    assertEquals(4, report.feedback().points());
    grading.release(attempt, false);
    assertNull(grading.screen(attempt).studentName(), "released: still hidden");
    grading.unrelease(attempt);
    grading.release(attempt, false);
    assertNull(queue.page(QueueFilter.all(), 0, 10).get(0).studentName());
    assertNull(grading.export(assignment).rows().get(0).email());

    // this bootcamp does not let coaches reveal; a coach of another cohort finds nothing
    AssignmentResults results = grading.results(assignment);
    assertTrue(results.hidesIdentities());
    assertFalse(results.mayReveal());
    assertThrows(AccessDeniedException.class, () -> assignments.revealIdentities(assignment));
    fixture.signIn(fixture.newPerson(tenant, COACH), tenant);
    assertThrows(NotFoundException.class, () -> assignments.revealIdentities(assignment));

    // a tenant admin reveals, once
    fixture.signIn(admin, tenant);
    assertTrue(grading.results(assignment).mayReveal());
    assignments.revealIdentities(assignment);
    assertRefused("assignment.reveal.done", () -> assignments.revealIdentities(assignment));
    assertFalse(assignments.mayReveal(assignment));
    fixture.signIn(coach, tenant);
    assertFalse(grading.results(assignment).hidesIdentities());
    row = queue.page(QueueFilter.all(), 0, 10).get(0);
    assertEquals(student, row.student());
    assertNotNull(row.studentName());
    assertNull(row.anonymousAs());
    assertNotNull(row.handedIn().at());
    assertEquals(1, row.attemptNumber());
    assertEquals(student, grading.screen(attempt).student());
    assertNotNull(grading.report(attempt).studentName());
    exported = grading.export(assignment).rows().get(0);
    assertEquals("anon-" + run + "@coachroom.test", exported.email());
    assertNull(exported.anonymousAs());
    assertNotEquals(
        assignments.find(assignment).dueAt(),
        overview.progress(assignment).students().get(0).dueAt());
    assertAnonymityLocked(assignment);

    // the log: each step, in this cohort, without the student's name while it was hidden
    fixture.signIn(admin, tenant);
    List<AuditEntry> log = audit.page(new AuditFilter(null, cohortId, null), 0, 50);
    List<AuditAction> kinds = log.stream().map(AuditEntry::action).toList();
    assertEquals(
        List.of(
            AuditAction.GRADES_EXPORTED,
            AuditAction.REPORT_OPENED,
            AuditAction.IDENTITIES_REVEALED,
            AuditAction.GRADES_EXPORTED,
            AuditAction.RESULTS_RELEASED,
            AuditAction.RESULTS_TAKEN_BACK,
            AuditAction.RESULTS_RELEASED,
            AuditAction.REPORT_OPENED,
            AuditAction.GRADE_CHANGED,
            AuditAction.GRADES_EXPORTED,
            AuditAction.REPORT_OPENED,
            AuditAction.EXTENSION_GRANTED),
        kinds.subList(0, 12));
    AuditEntry graded = log.get(8);
    assertEquals("Graded round · " + code, graded.target());
    assertNull(graded.aboutName(), "not about a named student while hidden");
    assertEquals("1/4", graded.before());
    assertEquals("4/4", graded.detail());
    assertEquals("Graded round · attempt 1", log.get(1).target(), "named once revealed");
    assertNotNull(log.get(1).aboutName());
    assertNotNull(log.get(11).aboutName(), "an extension is given to a named student");
    assertTrue(
        log.stream().allMatch(e -> e.cohortName() != null && e.actorName() != null),
        "every grade action names its cohort and who did it");

    // a bootcamp that lets coaches reveal: the cohort's coach may, on their own cohort only
    TenantSettings.Settings current = settings.current();
    settings.save(
        current.version(),
        new TenantSettings.Changes(
            current.name(),
            current.timezone(),
            current.locale(),
            current.reminderHours(),
            true,
            current.defaultTarget()));
    String second = assign(ResultRelease.BY_COACH, true);
    assertTrue(assignments.mayReveal(second));
    assertTrue(assignments.revealIdentities(second).anonymous());
    assertFalse(assignments.find(second).hidesIdentities());
    assertRefused(
        "assignment.reveal.notAnonymous",
        () -> assignments.revealIdentities(assign(ResultRelease.BY_COACH, false)));
  }

  /**
   * Dual roles: a teaching assistant who studies in one cohort and coaches another grades no
   * attempt at the interview they take, in either cohort, and never reads its answer key: not in
   * the question bank, the template view, the export or the review screen.
   */
  @Test
  void someoneWhoTakesAnInterviewNeitherGradesItNorReadsItsAnswerKey() {
    String ta = fixture.newPerson(tenant, STUDENT, COACH);
    String other = fixture.newPerson(tenant, STUDENT);
    fixture.signIn(admin, tenant);
    rosters.add(cohortId, CohortRole.STUDENT, List.of(ta));
    fixture.signIn(ta, tenant);
    String theirs =
        cohorts.create(new CohortDetails("Coached by the TA " + tenant.alias(), null, null)).id();
    rosters.add(theirs, CohortRole.STUDENT, List.of(other));
    String there =
        assignments
            .create(
                theirs,
                SampleContent.interviewOpenNow(
                    templateId, 1, LatePolicy.ACCEPT_LATE, ResultRelease.BY_COACH, false))
            .id();
    String here = assign(ResultRelease.BY_COACH);
    String attempt = handedIn(other, there);
    handedIn(student, here);
    // another interview asking one of the same questions, in the cohort the TA coaches
    fixture.signIn(coach, tenant);
    String sharing =
        rounds.publish(
            "Sharing round",
            null,
            InterviewStage.TECHNICAL_SCREEN,
            600,
            List.of(new TemplateContent.Item(mc, 0, 120, null)));
    fixture.signIn(ta, tenant);
    String alsoThere =
        assignments
            .create(
                theirs,
                SampleContent.interviewOpenNow(
                    sharing, 1, LatePolicy.ACCEPT_LATE, ResultRelease.BY_COACH, false))
            .id();
    String shared = handedIn(other, alsoThere);

    // the same interview, in the cohort they coach: not theirs to grade
    fixture.signIn(ta, tenant);
    assertEquals(List.of(), queue.assignments());
    assertEquals(List.of(), ids(QueueFilter.all()));
    assertEquals(0, queue.count(QueueFilter.all()));
    assertThrows(NotFoundException.class, () -> grading.screen(attempt));
    assertThrows(NotFoundException.class, () -> grading.claim(attempt));
    assertThrows(NotFoundException.class, () -> grading.releaseAll(there));
    assertThrows(NotFoundException.class, () -> grading.export(there));
    assertThrows(
        NotFoundException.class, () -> grading.screen(shared), "it asks the same question");

    // nor its answer key
    assertThrows(AccessDeniedException.class, () -> questions.find(mc));
    assertThrows(AccessDeniedException.class, () -> questions.duplicate(mc, "Copy"));
    VersionView.Item asked = templates.version(templateId, 1).items().get(0);
    assertTrue(asked.answerKeyHidden());
    assertTrue(asked.question().choices().stream().noneMatch(QuestionContent.Choice::correct));
    assertFalse(authoring.export().contains("\"Pick\""), "left out of the export");

    // a coach who takes nothing reads and grades it all
    fixture.signIn(coach, tenant);
    assertEquals(
        1, questions.find(mc).content().choices().stream().filter(c -> c.correct()).count());
    assertFalse(templates.version(templateId, 1).items().get(0).answerKeyHidden());
    assertTrue(authoring.export().contains("\"Pick\""));
    fixture.signIn(admin, tenant);
    assertEquals(List.of(0), grading.screen(attempt).questions().get(0).correctChoices());
    assertEquals(3, queue.count(QueueFilter.all()), "the admin takes nothing: all three");
  }

  /** Turning anonymous grading off is refused. */
  private void assertAnonymityLocked(String assignment) {
    assertRefused(
        "assignment.anonymous.locked",
        () ->
            assignments.update(
                assignment,
                assignments.find(assignment).version(),
                SampleContent.interviewOpenNow(
                    templateId, 1, LatePolicy.ACCEPT_LATE, ResultRelease.BY_COACH, false)));
  }

  private static void assertHandedInDayOnly(HandedIn handedIn) {
    assertNull(handedIn.at(), "no exact hand-in time while hidden");
    assertNotNull(handedIn.day());
    assertFalse(handedIn.late(), "no late flag while hidden");
  }

  /**
   * Releasing a whole assignment releases what is graded in full, whoever holds it, and leaves the
   * rest; each student is e-mailed once per release (not when taken back before the mail went out);
   * the export has a row per student with the points per criterion.
   */
  @Test
  void releasingAnAssignmentReleasesTheGradedOnesEmailsTheirStudentsAndExportsTheGrades()
      throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String second = fixture.newPerson(tenant, STUDENT);
    rosters.add(cohortId, CohortRole.STUDENT, List.of(second));
    String firstMail = "first-" + run + "@coachroom.test";
    String secondMail = "second-" + run + "@coachroom.test";
    fixture.giveEmail(tenant, student, firstMail);
    fixture.giveEmail(tenant, second, secondMail);
    String assignment = assign(ResultRelease.BY_COACH);
    String graded = handedIn(student, assignment);
    String begun = handedIn(second, assignment);
    fixture.signIn(coCoach, tenant);
    grading.save(graded, grading.open(graded).version(), grades(3), null);
    fixture.signIn(coach, tenant);
    grading.open(begun);
    assertEquals(
        new AssignmentResults(assignment, "Graded round", 0, 1, 1, 0, 0, false, false),
        grading.results(assignment));

    // students and coaches of other cohorts or bootcamps cannot
    fixture.signIn(student, tenant);
    assertThrows(AccessDeniedException.class, () -> grading.releaseAll(assignment));
    fixture.signIn(fixture.newPerson(tenant, COACH), tenant);
    assertThrows(NotFoundException.class, () -> grading.releaseAll(assignment));
    assertThrows(NotFoundException.class, () -> grading.export(assignment));
    ActiveTenant elsewhere = fixture.newTenant();
    fixture.signIn(fixture.newPerson(elsewhere, TENANT_ADMIN), elsewhere);
    assertThrows(NotFoundException.class, () -> grading.releaseAll(assignment));
    assertThrows(NotFoundException.class, () -> grading.export(assignment));

    fixture.signIn(coach, tenant);
    assertEquals(1, grading.releaseAll(assignment), "the one graded in full, held by the co-coach");
    assertEquals(0, grading.releaseAll(assignment), "nothing more to release");
    assertEquals(
        new AssignmentResults(assignment, "Graded round", 0, 1, 0, 1, 0, false, false),
        grading.results(assignment));
    List<ScoreChangeView> history = grading.history(graded);
    assertEquals(ScoreChangeKind.RELEASED, history.get(history.size() - 1).kind());
    assertEquals(coach, history.get(history.size() - 1).changedBy());

    sweepNotices(coach);
    assertEquals(
        List.of("Your results are out: Graded round"),
        Mailbox.awaitSubjects(firstMail, 1, Duration.ofSeconds(30)));
    assertEquals(List.of(), Mailbox.subjects(secondMail), "not released, not e-mailed");

    // released again after being taken back: told again; taken back before the mail: not told
    fixture.signIn(coCoach, tenant);
    grading.unrelease(graded);
    grading.release(graded, false);
    sweepNotices(coCoach);
    assertEquals(2, Mailbox.awaitSubjects(firstMail, 2, Duration.ofSeconds(30)).size());
    grading.unrelease(graded);
    grading.release(graded, false);
    grading.unrelease(graded);
    sweepNotices(coach);
    Thread.sleep(1000);
    assertEquals(2, Mailbox.subjects(firstMail).size(), "taken back before it went out");
    assertEquals(0, grading.releaseAll(assignment), "results taken back stay back");
    assertEquals(
        new AssignmentResults(assignment, "Graded round", 0, 1, 0, 0, 1, false, false),
        grading.results(assignment));

    GradeExport export = grading.export(assignment);
    assertEquals(2, export.columns().size());
    assertTrue(export.columns().get(0).startsWith("Q1 Pick"), export.columns().toString());
    assertEquals(2, export.rows().size());
    GradeExport.Row first =
        export.rows().stream().filter(r -> firstMail.equals(r.email())).findFirst().orElseThrow();
    assertEquals(Arrays.asList(1, 3), first.points());
    assertEquals(4, first.total());
    assertEquals(4, first.maxPoints());
    assertEquals(QueueState.GRADED, first.state());
    GradeExport.Row other =
        export.rows().stream().filter(r -> secondMail.equals(r.email())).findFirst().orElseThrow();
    assertEquals(QueueState.IN_PROGRESS, other.state());
    assertEquals(Arrays.asList(1, null), other.points());
  }

  /** One pass of the result e-mails (it acts as the system), then signed in as {@code who}. */
  private void sweepNotices(String who) {
    jobs.run(Jobs.OUTBOX);
    fixture.signIn(who, tenant);
  }

  private List<String> ids(QueueFilter filter) {
    return queue.page(filter, 0, 10).stream().map(QueueRow::attemptId).toList();
  }

  /** Grades for the round: the multiple choice as scored, the text answer at this level. */
  private static List<AnswerGrade> grades(int clarity) {
    return List.of(AnswerGrade.empty(0), level(clarity));
  }

  private static AnswerGrade level(int points) {
    return new AnswerGrade(List.of(points), null, null, null);
  }

  private static void assertRefused(String key, Runnable action) {
    RuleViolationException e = assertThrows(RuleViolationException.class, action::run);
    assertEquals(key, e.messageKey());
  }
}
