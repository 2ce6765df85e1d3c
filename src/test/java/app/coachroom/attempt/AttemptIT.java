package app.coachroom.attempt;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.assignment.domain.LatePolicy;
import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.attempt.application.AnswerFiles;
import app.coachroom.attempt.application.AssignmentProgress;
import app.coachroom.attempt.application.AttemptOverview;
import app.coachroom.attempt.application.AttemptRecord;
import app.coachroom.attempt.application.AttemptRow;
import app.coachroom.attempt.application.AttemptService;
import app.coachroom.attempt.application.AttemptView;
import app.coachroom.attempt.application.DiagramSaved;
import app.coachroom.attempt.application.ProgressRow;
import app.coachroom.attempt.application.SaveResult;
import app.coachroom.attempt.application.SaveResult.Outcome;
import app.coachroom.attempt.application.SavedAnswer;
import app.coachroom.attempt.application.StartView;
import app.coachroom.attempt.domain.AnswerInput;
import app.coachroom.attempt.domain.AnswerRules;
import app.coachroom.attempt.domain.Phase;
import app.coachroom.attempt.domain.Progress;
import app.coachroom.attempt.domain.UploadedDiagram;
import app.coachroom.cohort.application.RosterService;
import app.coachroom.cohort.domain.CohortRole;
import app.coachroom.identity.ActiveTenant;
import app.coachroom.interviewtemplate.domain.TemplateContent;
import app.coachroom.jobs.Jobs;
import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.questionbank.domain.Difficulty;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.InterviewRounds;
import app.coachroom.testing.SampleContent;
import app.coachroom.testing.TenantFixture;
import app.coachroom.testing.TestImages;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Attempts on a real server and database: starting and resuming, the server's clock, autosave
 * revisions, refusals, handing in (by the student and by the clock), scoring, late work, extra
 * time, and that nobody else reaches a student's attempt.
 */
class AttemptIT extends InContainerTest {
  private static final int MC = 0;
  private static final int TEXT = 1;
  private static final int STAR = 2;

  @Inject AttemptService attempts;
  @Inject AnswerFiles files;
  @Inject AssignmentService assignments;
  @Inject RosterService rosters;
  @Inject QuestionService questions;
  @Inject AttemptOverview overview;
  @Inject TenantFixture fixture;
  @Inject InterviewRounds rounds;
  @Inject Jobs jobs;

  private ActiveTenant tenant;
  private String coach;
  private String student;
  private String other;
  private String cohortId;
  private String templateId;

  @BeforeEach
  void aCohortWithATemplate() {
    tenant = fixture.newTenant();
    coach = fixture.newPerson(tenant, COACH);
    student = fixture.newPerson(tenant, STUDENT);
    other = fixture.newPerson(tenant, STUDENT);
    fixture.signIn(coach, tenant);
    cohortId = rounds.cohortWith(List.of(student, other));
    String mc = questions.create(SampleContent.multipleChoice("Pick")).id();
    String text = questions.create(SampleContent.technicalText("Explain")).id();
    String star = questions.create(SampleContent.behavioural("Story")).id();
    templateId =
        rounds.publish(
            "Mixed",
            "Do your best.",
            InterviewStage.TECHNICAL_SCREEN,
            1800,
            List.of(
                new TemplateContent.Item(mc, 0, 120, null),
                new TemplateContent.Item(text, 0, 300, null),
                new TemplateContent.Item(star, 60, 300, null)));
  }

  private String assign(int attemptsAllowed, LatePolicy policy, ResultRelease release) {
    fixture.signIn(coach, tenant);
    String id =
        assignments
            .create(
                cohortId,
                SampleContent.interviewOpenNow(templateId, attemptsAllowed, policy, release))
            .id();
    fixture.signIn(student, tenant);
    return id;
  }

  @Test
  void aStudentStartsResumesAnswersAndHandsIn() {
    String assignment = assign(1, LatePolicy.ACCEPT_LATE, ResultRelease.AUTOMATIC);
    StartView start = attempts.prepare(assignment);
    assertTrue(start.canStart());
    assertEquals(3, start.questions().size());
    assertEquals(1800, start.overallSeconds());
    assertFalse(
        start.toString().contains("Right, correct=true"), "no correct flags reach the student");

    String id = attempts.start(assignment);
    assertEquals(id, attempts.start(assignment), "a second start resumes the same attempt");
    assertEquals(id, attempts.prepare(assignment).inProgressId());

    AttemptView view = attempts.current(id);
    assertEquals(Phase.ANSWERING, view.phase());
    assertEquals(MC, view.question().position());
    assertEquals(List.of("Right", "Wrong"), view.question().choices());
    assertTrue(view.answer().isEmpty());

    SaveResult first = attempts.save(id, MC, 0, new AnswerInput.Choices(List.of(0)));
    assertEquals(Outcome.SAVED, first.outcome());
    assertEquals(1, first.revision());
    assertEquals(
        Outcome.SAVED,
        attempts.save(id, MC, 0, new AnswerInput.Choices(List.of(0))).outcome(),
        "the same save repeated (its answer was lost on the way) is accepted");
    SaveResult stale = attempts.save(id, MC, 0, new AnswerInput.Choices(List.of(1)));
    assertEquals(Outcome.CONFLICT, stale.outcome(), "an older tab cannot overwrite");
    assertEquals(List.of(0), attempts.current(id).answer().choices());
    assertEquals(
        Outcome.CLOSED,
        attempts.save(id, TEXT, 0, new AnswerInput.Text("early")).outcome(),
        "a question that has not started takes no answer");

    assertRefused("attempt.answer.oneChoice", () -> attempts.save(id, MC, 1, choices(0, 1)));
    assertRefused("attempt.answer.noSuchChoice", () -> attempts.save(id, MC, 1, choices(5)));
    assertRefused(
        "attempt.answer.wrongKind", () -> attempts.save(id, MC, 1, new AnswerInput.Text("x")));
    assertThrows(
        NotFoundException.class, () -> attempts.save(id, 99, 0, new AnswerInput.Text("forged")));
    assertEquals(1, attempts.current(id).answer().revision(), "refusals changed nothing");

    assertEquals(TEXT, attempts.moveOn(id, MC).position());
    assertEquals(TEXT, attempts.moveOn(id, MC).position(), "a repeated move-on skips nothing");
    assertEquals(Outcome.CLOSED, attempts.save(id, MC, 1, choices(1)).outcome(), "no way back");

    String typed = "\nLine one\n\ttabbed <b>not bold</b> \u00e9\u4e2d\uD83D\uDE00 \"quoted\"\n";
    assertEquals(Outcome.SAVED, attempts.save(id, TEXT, 0, new AnswerInput.Text(typed)).outcome());
    assertRefused(
        "attempt.answer.tooLong",
        () ->
            attempts.save(id, TEXT, 1, new AnswerInput.Text("x".repeat(AnswerRules.TEXT_MAX + 1))));
    assertEquals(typed, attempts.current(id).answer().text(), "kept byte for byte");

    attempts.moveOn(id, TEXT);
    AttemptView star = attempts.current(id);
    assertEquals(Phase.PREPARING, star.phase());
    assertEquals(
        Outcome.CLOSED,
        attempts.save(id, STAR, 0, new AnswerInput.Star("S", "T", "A", "R")).outcome(),
        "no answers while preparing");
    assertEquals(Phase.ANSWERING, attempts.startAnswering(id, STAR).phase());
    assertEquals(
        Outcome.SAVED,
        attempts.save(id, STAR, 0, new AnswerInput.Star("S", "T", "A", "R")).outcome());
    assertEquals(Phase.REVIEWING, attempts.moveOn(id, STAR).phase());

    AttemptRecord review = attempts.record(id);
    assertEquals(3, review.entries().size());
    assertNull(review.entries().get(MC).answer().points(), "no score before handing in");

    AttemptRow handedIn = attempts.submit(id);
    assertTrue(handedIn.isSubmitted());
    assertFalse(handedIn.late());
    assertEquals(1, handedIn.autoPoints());
    assertEquals(1, handedIn.autoMax());
    assertEquals(handedIn.submittedAt(), attempts.submit(id).submittedAt(), "idempotent");

    // R3: a save after handing in is refused and the answer stays as handed in
    SaveResult after = attempts.save(id, STAR, 1, new AnswerInput.Star("changed", "", "", ""));
    assertEquals(Outcome.CLOSED, after.outcome());
    AttemptRecord record = attempts.record(id);
    assertEquals("S", record.entries().get(STAR).answer().star().situation());
    assertEquals(typed, record.entries().get(TEXT).answer().text());
    assertEquals(1, record.entries().get(MC).answer().points());
    assertEquals(Phase.SUBMITTED, attempts.startAnswering(id, STAR).phase());

    StartView used = attempts.prepare(assignment);
    assertEquals("attempt.start.noneLeft", used.refusalKey());
    assertRefused("attempt.start.noneLeft", () -> attempts.start(assignment));
    assertEquals(1, attempts.countMine());
    assertEquals(id, attempts.mine(0, 10).get(0).id());
  }

  @Test
  void whenTheTimeRunsOutTheAttemptIsHandedInWithWhatWasSavedAndLaterSavesAreRefused() {
    String assignment = assign(2, LatePolicy.ACCEPT_LATE, ResultRelease.BY_COACH);
    String id = attempts.start(assignment);
    attempts.save(id, MC, 0, choices(1));
    // the student walked away: 1801 s later the overall time (1800 s) is over
    fixture.shiftBack(tenant, "attempt", id, 1801, "started_at", "ends_at", "position_started_at");

    SaveResult late = attempts.save(id, MC, 1, choices(0));
    assertEquals(Outcome.CLOSED, late.outcome());
    assertEquals(Phase.SUBMITTED, late.clock().phase());
    AttemptRecord record = attempts.record(id);
    assertTrue(record.attempt().isSubmitted());
    assertEquals(record.attempt().endsAt(), record.attempt().submittedAt());
    assertEquals(List.of(1), record.entries().get(MC).answer().choices());
    assertNull(record.attempt().autoPoints(), "results are released by the coach");

    // a second attempt is allowed and starts fresh
    String second = attempts.start(assignment);
    assertFalse(second.equals(id));
    assertTrue(attempts.current(second).answer().isEmpty());
  }

  @Test
  void attemptsWhoseTimeIsOverAreHandedInByTheJobWithoutAnyoneOpeningThem() {
    String assignment = assign(1, LatePolicy.ACCEPT_LATE, ResultRelease.AUTOMATIC);
    String expired = attempts.start(assignment);
    attempts.save(expired, MC, 0, choices(0));
    fixture.signIn(other, tenant);
    String running = attempts.start(assignment);
    // the first student closed the tab: 1801 s later the overall time (1800 s) is over
    fixture.shiftBack(
        tenant, "attempt", expired, 1801, "started_at", "ends_at", "position_started_at");

    assertTrue(jobs.run(Jobs.TIME_UP) >= 1);

    fixture.signIn(student, tenant);
    AttemptRow handedIn = attempts.mine(0, 10).get(0);
    assertEquals(expired, handedIn.id());
    assertTrue(handedIn.isSubmitted(), "handed in by the job, not by opening it");
    assertEquals(handedIn.endsAt(), handedIn.submittedAt(), "at the end of its time");
    assertEquals(1, handedIn.autoPoints(), "its multiple choice was scored");
    assertFalse(handedIn.late());
    fixture.signIn(other, tenant);
    assertFalse(attempts.mine(0, 10).get(0).isSubmitted(), "an attempt still running is left");

    // a second pass changes nothing, and the attempt stays closed to saves
    jobs.run(Jobs.TIME_UP);
    fixture.signIn(student, tenant);
    assertEquals(handedIn, attempts.record(expired).attempt());
    assertEquals(Outcome.CLOSED, attempts.save(expired, MC, 1, choices(1)).outcome());
  }

  @Test
  void aQuestionWhoseTimeRanOutWhileAwayIsLeftBehind() {
    String assignment = assign(1, LatePolicy.ACCEPT_LATE, ResultRelease.AUTOMATIC);
    String id = attempts.start(assignment);
    fixture.shiftBack(tenant, "attempt", id, 125, "started_at", "ends_at", "position_started_at");
    AttemptView view = attempts.current(id);
    assertEquals(TEXT, view.question().position());
    assertEquals(Phase.ANSWERING, view.phase());
    long left = view.clock().phaseSecondsLeft();
    assertTrue(
        left > 290 && left <= 295, "the second question started when the first ended: " + left);
  }

  @Test
  void lateWorkIsMarkedOrRefusedByThePolicy() {
    String accepting = assign(1, LatePolicy.ACCEPT_LATE, ResultRelease.AUTOMATIC);
    String refusing = assign(1, LatePolicy.REFUSE, ResultRelease.AUTOMATIC);
    long twoDays = Duration.ofDays(2).plusMinutes(5).toSeconds();
    fixture.shiftBack(tenant, "assignment", accepting, twoDays, "opens_at", "due_at");
    fixture.shiftBack(tenant, "assignment", refusing, twoDays, "opens_at", "due_at");
    ActiveTenant elsewhere = fixture.newTenant();
    assertThrows(
        IllegalStateException.class,
        () -> fixture.shiftBack(elsewhere, "assignment", refusing, twoDays, "due_at"),
        "the fixture's native update is scoped to the tenant");

    assertEquals("attempt.start.closed", attempts.prepare(refusing).refusalKey());
    assertRefused("attempt.start.closed", () -> attempts.start(refusing));

    String id = attempts.start(accepting);
    assertTrue(attempts.submit(id).late());
  }

  @Test
  void extraTimeStretchesEveryLimit() {
    fixture.signIn(coach, tenant);
    long version = rosters.student(cohortId, student).orElseThrow().version();
    rosters.accommodate(cohortId, student, version, new BigDecimal("1.50"));
    String assignment = assign(1, LatePolicy.ACCEPT_LATE, ResultRelease.AUTOMATIC);

    StartView start = attempts.prepare(assignment);
    assertEquals(2700, start.overallSeconds());
    assertEquals(180, start.questions().get(MC).answerSeconds());
    assertEquals(90, start.questions().get(STAR).prepSeconds());
    String id = attempts.start(assignment);
    AttemptView view = attempts.current(id);
    assertTrue(view.clock().secondsLeft() > 2690);
    assertTrue(view.clock().phaseSecondsLeft() > 170);
  }

  @Test
  void nobodyElseReachesAStudentsAttempt() {
    String assignment = assign(1, LatePolicy.ACCEPT_LATE, ResultRelease.AUTOMATIC);
    String id = attempts.start(assignment);
    attempts.save(id, MC, 0, choices(0));

    fixture.signIn(other, tenant);
    assertThrows(NotFoundException.class, () -> attempts.current(id));
    assertThrows(NotFoundException.class, () -> attempts.save(id, MC, 1, choices(1)));
    assertThrows(NotFoundException.class, () -> attempts.moveOn(id, MC));
    assertThrows(NotFoundException.class, () -> attempts.submit(id));
    assertThrows(NotFoundException.class, () -> attempts.record(id));
    assertThrows(NotFoundException.class, () -> attempts.diagram(id, MC));
    assertEquals(0, attempts.countMine());

    ActiveTenant elsewhere = fixture.newTenant();
    String stranger = fixture.newPerson(elsewhere, STUDENT);
    fixture.signIn(stranger, elsewhere);
    assertThrows(NotFoundException.class, () -> attempts.current(id));
    assertThrows(NotFoundException.class, () -> attempts.save(id, MC, 1, choices(1)));
    assertThrows(NotFoundException.class, () -> attempts.prepare(assignment));
    assertThrows(NotFoundException.class, () -> attempts.start(assignment));

    fixture.signIn(coach, tenant);
    assertThrows(AccessDeniedException.class, () -> attempts.current(id));
    assertThrows(AccessDeniedException.class, () -> attempts.save(id, MC, 1, choices(1)));

    // a student taken off the roster is refused at once
    rosters.remove(cohortId, List.of(student));
    fixture.signIn(student, tenant);
    assertThrows(NotFoundException.class, () -> attempts.save(id, MC, 1, choices(1)));
    fixture.signIn(coach, tenant);
    rosters.add(cohortId, CohortRole.STUDENT, List.of(student));
    fixture.signIn(student, tenant);
    AttemptView back = attempts.current(id);
    assertNotNull(back);
    assertEquals(List.of(0), back.answer().choices(), "nothing was changed by anyone");
  }

  @Test
  void theCoachSeesEachStudentsStateAndTheCounts() {
    String assignment = assign(1, LatePolicy.ACCEPT_LATE, ResultRelease.AUTOMATIC);
    attempts.submit(attempts.start(assignment));
    fixture.signIn(other, tenant);
    attempts.start(assignment);
    String third = fixture.newPerson(tenant, STUDENT);
    fixture.signIn(coach, tenant);
    rosters.add(cohortId, CohortRole.STUDENT, List.of(third));

    AssignmentProgress progress = overview.progress(assignment);
    assertEquals(1, progress.count(Progress.SUBMITTED));
    assertEquals(1, progress.count(Progress.IN_PROGRESS));
    assertEquals(1, progress.count(Progress.NOT_STARTED));
    assertEquals(0, progress.count(Progress.MISSED));
    ProgressRow mine =
        progress.students().stream().filter(r -> r.subject().equals(student)).findFirst().get();
    assertEquals(1, mine.attempts());
    assertNotNull(mine.lastHandedIn());

    // the due time moved into the past: who never started missed it; what was handed in stays
    fixture.shiftBack(
        tenant, "assignment", assignment, Duration.ofDays(3).toSeconds(), "opens_at", "due_at");
    AssignmentProgress after = overview.progress(assignment);
    assertEquals(1, after.count(Progress.MISSED));
    assertEquals(1, after.count(Progress.SUBMITTED));

    ActiveTenant elsewhere = fixture.newTenant();
    fixture.signIn(fixture.newPerson(elsewhere, COACH), elsewhere);
    assertThrows(NotFoundException.class, () -> overview.progress(assignment));
    fixture.signIn(student, tenant);
    assertThrows(AccessDeniedException.class, () -> overview.progress(assignment));
  }

  @Test
  void aStudentSeesTheDiagramOfTheirOwnAttemptsQuestionOnly() {
    byte[] png = TestImages.png();
    String id = attempts.start(designRound(DiagramImage.check("architecture.png", png)));
    assertTrue(attempts.current(id).question().hasDiagram());
    assertArrayEquals(png, attempts.diagram(id, 0).bytes());
    assertThrows(NotFoundException.class, () -> attempts.diagram(id, 1), "no diagram there");
    assertThrows(NotFoundException.class, () -> attempts.diagram(id, 7));
    fixture.signIn(other, tenant);
    assertThrows(NotFoundException.class, () -> attempts.diagram(id, 0));
  }

  /**
   * A system-design answer takes an uploaded diagram while its time runs: checked by content, kept
   * when a bad file is refused, replaced or removed, the same upload twice stored once; the student
   * sees it at any time, the bootcamp's coaches and admins once it is handed in, nobody else ever.
   */
  @Test
  void aSystemDesignAnswerTakesADiagramThatOnlyTheRightPeopleSee() {
    String id = attempts.start(designRound(null));
    byte[] png = TestImages.png();
    assertFalse(attempts.current(id).answer().hasDiagram());

    DiagramSaved saved = attempts.uploadDiagram(id, 0, "C:\\drawings\\order-api.png", png);
    assertEquals("order-api.png", saved.diagram().fileName(), "the name without its folders");
    assertEquals("image/png", saved.diagram().mediaType());
    assertEquals(png.length, saved.diagram().sizeBytes());
    SavedAnswer current = attempts.current(id).answer();
    assertEquals(saved.diagram().sha256(), current.diagram().sha256());
    assertFalse(current.isEmpty(), "a diagram alone is an answer");

    // refused, and the stored diagram stays
    assertRefused(
        "question.diagram.type", () -> attempts.uploadDiagram(id, 0, "a.png", TestImages.html()));
    assertRefused(
        "question.diagram.type",
        () -> attempts.uploadDiagram(id, 0, "a.png", TestImages.svgWithScript()));
    assertRefused(
        "question.diagram.empty", () -> attempts.uploadDiagram(id, 0, "a.png", new byte[0]));
    assertRefused(
        "question.diagram.tooLarge",
        () -> attempts.uploadDiagram(id, 0, "a.png", new byte[DiagramImage.MAX_BYTES + 1]));
    assertRefused(
        "question.diagram.dimensions",
        () -> attempts.uploadDiagram(id, 0, "a.webp", TestImages.webpHeader(12_000, 10)));
    assertEquals(saved.diagram(), attempts.current(id).answer().diagram());

    // the same upload again (its answer was lost) is stored once and changes nothing
    assertEquals(saved.diagram(), attempts.uploadDiagram(id, 0, "order-api.png", png).diagram());
    byte[] jpeg = TestImages.image("jpg", 300, 200);
    UploadedDiagram replaced = attempts.uploadDiagram(id, 0, "v2.jpg", jpeg).diagram();
    assertEquals("image/jpeg", replaced.mediaType());
    assertEquals(1, fixture.rows("answer_diagram", tenant));
    assertNull(attempts.removeDiagram(id, 0).diagram());
    assertFalse(attempts.current(id).answer().hasDiagram());
    assertEquals(0, fixture.rows("answer_diagram", tenant));
    attempts.uploadDiagram(id, 0, "v3.jpg", jpeg);

    // a forged position, a question not reached, another student
    assertThrows(NotFoundException.class, () -> attempts.uploadDiagram(id, 7, "a.png", png));
    assertRefused("attempt.save.notYet", () -> attempts.uploadDiagram(id, 1, "a.png", png));
    assertArrayEquals(jpeg, files.diagram(id, 0).image().bytes(), "the student sees it");
    fixture.signIn(other, tenant);
    assertThrows(NotFoundException.class, () -> attempts.uploadDiagram(id, 0, "a.png", png));
    assertThrows(NotFoundException.class, () -> attempts.removeDiagram(id, 0));
    assertThrows(NotFoundException.class, () -> files.diagram(id, 0));
    fixture.signIn(coach, tenant);
    assertThrows(NotFoundException.class, () -> files.diagram(id, 0), "not before the hand-in");

    // once the question is over nothing changes; a text question takes no diagram
    fixture.signIn(student, tenant);
    attempts.moveOn(id, 0);
    assertRefused("attempt.save.questionOver", () -> attempts.uploadDiagram(id, 0, "b.png", png));
    assertRefused("attempt.save.questionOver", () -> attempts.removeDiagram(id, 0));
    assertRefused("attempt.answer.wrongKind", () -> attempts.uploadDiagram(id, 1, "b.png", png));
    attempts.submit(id);
    assertRefused("attempt.save.submitted", () -> attempts.uploadDiagram(id, 0, "b.png", png));
    AttemptRecord record = attempts.record(id);
    assertEquals("v3.jpg", record.entries().get(0).answer().diagram().fileName());
    assertTrue(record.entries().get(1).answer().isEmpty());

    // handed in: the cohort's coaches and the bootcamp's admins see it; a coach of another
    // cohort, or of another bootcamp, does not
    fixture.signIn(fixture.newPerson(tenant, COACH), tenant);
    assertThrows(NotFoundException.class, () -> files.diagram(id, 0), "not this cohort's coach");
    fixture.signIn(coach, tenant);
    AnswerFiles.Uploaded seen = files.diagram(id, 0);
    assertArrayEquals(jpeg, seen.image().bytes());
    assertEquals("attempt-1-question-1", seen.fileName());
    assertThrows(NotFoundException.class, () -> files.diagram(id, 1), "nothing uploaded there");
    fixture.signIn(fixture.newPerson(tenant, TENANT_ADMIN), tenant);
    assertArrayEquals(jpeg, files.diagram(id, 0).image().bytes());
    fixture.signIn(other, tenant);
    assertThrows(NotFoundException.class, () -> files.diagram(id, 0));
    ActiveTenant elsewhere = fixture.newTenant();
    fixture.signIn(fixture.newPerson(elsewhere, COACH), elsewhere);
    assertThrows(NotFoundException.class, () -> files.diagram(id, 0));
  }

  /**
   * Publishes a round of a system-design question (with {@code diagram}, or none) and a text
   * question, assigns it with one attempt and signs the student in; returns the assignment.
   */
  private String designRound(DiagramImage diagram) {
    fixture.signIn(coach, tenant);
    QuestionContent design =
        new QuestionContent(
            QuestionKind.SYSTEM_DESIGN,
            "Design it",
            "See the diagram.",
            InterviewStage.TECHNICAL_INTERVIEW,
            Difficulty.MEDIUM,
            null,
            null,
            null,
            false,
            List.of(),
            null,
            List.of());
    String question = questions.create(design, diagram).id();
    String text = questions.create(SampleContent.technicalText("Plain")).id();
    templateId =
        rounds.publish(
            "Design round",
            null,
            InterviewStage.TECHNICAL_INTERVIEW,
            1800,
            List.of(
                new TemplateContent.Item(question, 0, 600, null),
                new TemplateContent.Item(text, 0, 600, null)));
    return assign(1, LatePolicy.ACCEPT_LATE, ResultRelease.AUTOMATIC);
  }

  private static AnswerInput.Choices choices(Integer... indexes) {
    return new AnswerInput.Choices(List.of(indexes));
  }

  private static void assertRefused(String key, Runnable action) {
    RuleViolationException e = assertThrows(RuleViolationException.class, action::run);
    assertEquals(key, e.messageKey());
  }
}
