package app.coachroom.growth;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.assignment.domain.LatePolicy;
import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.attempt.application.AttemptService;
import app.coachroom.attempt.domain.AnswerInput;
import app.coachroom.competency.application.CompetencyDetails;
import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.domain.CompetencyKind;
import app.coachroom.grading.application.GradingService;
import app.coachroom.grading.domain.AnswerGrade;
import app.coachroom.grading.domain.ReviewStatus;
import app.coachroom.growth.application.CompetencyRecord;
import app.coachroom.growth.application.Profile;
import app.coachroom.growth.application.Profiles;
import app.coachroom.growth.application.TargetLevels;
import app.coachroom.identity.ActiveTenant;
import app.coachroom.interviewtemplate.application.InterviewTemplateService;
import app.coachroom.interviewtemplate.domain.TemplateContent;
import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.questionbank.domain.Difficulty;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.rubric.application.RubricService;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.rubric.domain.RubricContent.Criterion;
import app.coachroom.rubric.domain.RubricContent.Level;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.InterviewRounds;
import app.coachroom.testing.SampleContent;
import app.coachroom.testing.SqlStatements;
import app.coachroom.testing.TenantFixture;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The competency record on a real server and database: the levels a released review gives (rubric
 * criteria tied to a competency, automatically scored answers for their question's tags), nothing
 * unreleased or anonymous before the reveal, and a projection that after any sequence of releases,
 * take-backs, regrades and reveals equals a recomputation from scratch, in one bootcamp only.
 */
class CompetencyRecordIT extends InContainerTest {
  private static final long SEED = 20261207L;

  @Inject CompetencyService competencies;
  @Inject QuestionService questions;
  @Inject RubricService rubrics;
  @Inject InterviewTemplateService templates;
  @Inject AssignmentService assignments;
  @Inject AttemptService attempts;
  @Inject GradingService grading;
  @Inject CompetencyRecord record;
  @Inject TargetLevels targets;
  @Inject Profiles profiles;
  @Inject SqlStatements statements;
  @Inject RecordRows rows;
  @Inject InterviewRounds rounds;
  @Inject TenantFixture fixture;

  private ActiveTenant tenant;
  private String coach;
  private String admin;
  private List<String> students;
  private String communication;
  private String sql;
  private String templateId;
  private String cohortId;

  @BeforeEach
  void aCohortWithATaggedInterview() {
    tenant = fixture.newTenant();
    coach = fixture.newPerson(tenant, COACH);
    admin = fixture.newPerson(tenant, TENANT_ADMIN);
    students =
        List.of(
            fixture.newPerson(tenant, STUDENT),
            fixture.newPerson(tenant, STUDENT),
            fixture.newPerson(tenant, STUDENT));
    fixture.signIn(coach, tenant);
    cohortId = rounds.cohortWith(students);
    communication =
        competencies
            .create(new CompetencyDetails("Communication", null, CompetencyKind.SOFT_SKILL))
            .id();
    sql = competencies.create(new CompetencyDetails("SQL", null, CompetencyKind.TECHNICAL)).id();
    String mc =
        questions
            .create(
                new QuestionContent(
                    QuestionKind.MULTIPLE_CHOICE,
                    "Which join?",
                    "Pick one.",
                    InterviewStage.TECHNICAL_SCREEN,
                    Difficulty.MEDIUM,
                    null,
                    null,
                    null,
                    false,
                    List.of(
                        new QuestionContent.Choice("Inner", true),
                        new QuestionContent.Choice("Cross", false)),
                    null,
                    List.of(sql)))
            .id();
    String text = questions.create(SampleContent.technicalText("Explain")).id();
    String rubric =
        rubrics
            .create(
                new RubricContent(
                    "Tagged",
                    null,
                    List.of(
                        new Criterion(
                            "Clarity",
                            null,
                            communication,
                            List.of(new Level(3, "Clear"), new Level(0, "Unclear"))),
                        new Criterion(
                            "Structure",
                            null,
                            communication,
                            List.of(
                                new Level(2, "Ordered"),
                                new Level(1, "Loose"),
                                new Level(0, "None"))),
                        new Criterion(
                            "Untagged",
                            null,
                            null,
                            List.of(new Level(5, "Good"), new Level(0, "Bad"))))))
            .id();
    templateId =
        templates
            .saveAndPublish(
                null,
                0,
                new TemplateContent(
                    "Tagged round",
                    null,
                    InterviewStage.TECHNICAL_SCREEN,
                    1800,
                    rubric,
                    List.of(
                        new TemplateContent.Item(mc, 0, 120, null),
                        new TemplateContent.Item(text, 0, 300, null))))
            .id();
  }

  private String assign(boolean anonymous) {
    fixture.signIn(coach, tenant);
    return assignments
        .create(
            cohortId,
            SampleContent.interviewOpenNow(
                templateId, 10, LatePolicy.ACCEPT_LATE, ResultRelease.BY_COACH, anonymous))
        .id();
  }

  /** The student hands in an attempt, the choice right or wrong; the coach is signed in after. */
  private String handedIn(String student, String assignment, boolean right) {
    fixture.signIn(student, tenant);
    String attempt = attempts.start(assignment);
    attempts.save(attempt, 0, 0, new AnswerInput.Choices(List.of(right ? 0 : 1)));
    attempts.submit(attempt);
    fixture.signIn(coach, tenant);
    return attempt;
  }

  private void grade(String attempt, int clarity, int structure) {
    grade(attempt, clarity, structure, null);
  }

  private void grade(String attempt, int clarity, int structure, String comment) {
    long version = grading.claim(attempt).version();
    grading.save(
        attempt,
        version,
        List.of(
            AnswerGrade.empty(0),
            new AnswerGrade(List.of(clarity, structure, 5), comment, null, null)),
        null);
  }

  @Test
  void aReleasedReviewGivesALevelPerCompetencyAndNothingElseDoes() {
    String assignment = assign(false);
    String attempt = handedIn(students.get(0), assignment, true);
    grade(attempt, 3, 1, "Clear; order the steps.");
    assertEquals(List.of(), snapshot(), "graded, not released: nothing");
    grading.release(attempt, false);
    assertEquals(
        List.of("note " + attempt + " 1 " + communication + " Clear; order the steps."),
        notes(),
        "the answer's comment, under its rubric's competency");
    // communication: Clarity 3 of 3 and Structure 1 of 2 = 4 of 5; SQL: the choice, 1 of 1
    assertEquals(
        sorted(
            level(attempt, students.get(0), communication, 4, 5),
            level(attempt, students.get(0), sql, 1, 1)),
        levels());
    assertEquals(80.0, rows.current(students.get(0), communication), 1e-9);

    grading.unrelease(attempt);
    assertEquals(List.of(), snapshot(), "taken back: gone at once");

    // anonymous work counts only once its identities are revealed
    String anonymous = assign(true);
    String hidden = handedIn(students.get(1), anonymous, false);
    grade(hidden, 0, 2);
    grading.release(hidden, false);
    assertEquals(List.of(), snapshot(), "released, but anonymous");
    fixture.signIn(admin, tenant);
    assignments.revealIdentities(anonymous);
    assertEquals(
        sorted(
            level(hidden, students.get(1), communication, 2, 5),
            level(hidden, students.get(1), sql, 0, 1)),
        levels());

    // the rebuild is for tenant admins and gives the same record
    List<String> before = snapshot();
    assertEquals(1, record.rebuild());
    assertEquals(before, snapshot());
    fixture.signIn(coach, tenant);
    assertThrows(AccessDeniedException.class, () -> record.rebuild());
  }

  /**
   * After a random sequence of grading, release, take-back, regrade and reveal over several
   * students, assignments and attempts, the projection equals a recomputation from scratch; another
   * bootcamp's record is untouched throughout.
   */
  @Test
  void theProjectionEqualsARecomputationAfterAnyChanges() {
    ActiveTenant other = fixture.newTenant();
    String otherAdmin = fixture.newPerson(other, TENANT_ADMIN);
    fixture.signIn(otherAdmin, other);
    assertEquals(0, record.rebuild());

    Random random = new Random(SEED);
    List<String> open = List.of(assign(false), assign(false));
    String anonymous = assign(true);
    List<String[]> handedIn = new ArrayList<>(); // attempt, assignment
    for (int i = 0; i < 12; i++) {
      String assignment = i % 4 == 3 ? anonymous : open.get(random.nextInt(open.size()));
      String student = students.get(random.nextInt(students.size()));
      handedIn.add(new String[] {handedIn(student, assignment, random.nextBoolean()), assignment});
    }
    boolean revealed = false;
    for (int step = 0; step < 60; step++) {
      String attempt = handedIn.get(random.nextInt(handedIn.size()))[0];
      ReviewStatus status = grading.screen(attempt).review().status();
      int clarity = random.nextBoolean() ? 3 : 0;
      int structure = random.nextInt(3);
      if (status == null || status == ReviewStatus.IN_PROGRESS) {
        grade(attempt, clarity, structure, random.nextBoolean() ? "Note " + step : null);
      } else if (status == ReviewStatus.GRADED) {
        if (random.nextInt(3) == 0) {
          grade(attempt, clarity, structure); // regraded before release
        } else {
          grading.release(attempt, false);
        }
      } else {
        grading.unrelease(attempt); // to regrade and release again later
      }
      if (!revealed && step == 40) {
        fixture.signIn(admin, tenant);
        assignments.revealIdentities(anonymous);
        fixture.signIn(coach, tenant);
        revealed = true;
      }
      if (step % 15 == 14) {
        assertEqualsRecomputed("after step " + step + " (seed " + SEED + ")");
      }
    }
    assertEqualsRecomputed("at the end (seed " + SEED + ")");
    assertTrue(levels().size() > 3, "the sequence released something: " + levels());
    fixture.signIn(otherAdmin, other);
    assertEquals(List.of(), snapshot(), "another bootcamp's record stays empty");
  }

  @Test
  void aCompetencyFollowsTheBootcampsTargetUnlessItHasItsOwn() {
    fixture.signIn(admin, tenant);
    assertEquals(Map.of(communication, 70, sql, 70), targets.of(List.of(communication, sql)));
    targets.setAll(Map.of(communication, 85));
    assertEquals(Map.of(communication, 85, sql, 70), targets.of(List.of(communication, sql)));
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () -> targets.setAll(Map.of(sql, 101, communication, 50)));
    assertEquals("growth.target.range", refused.messageKey());
    assertEquals(85, targets.of(List.of(communication)).get(communication), "all or nothing");
    Map<String, Integer> backToDefault = new java.util.HashMap<>();
    backToDefault.put(communication, null);
    targets.setAll(backToDefault);
    assertEquals(70, targets.of(List.of(communication)).get(communication));

    fixture.signIn(coach, tenant);
    assertEquals(70, targets.of(List.of(sql)).get(sql), "coaches read targets");
    assertThrows(AccessDeniedException.class, () -> targets.setAll(Map.of(sql, 50)));
  }

  /**
   * A profile: levels over time per competency against its target, the strongest and weakest, the
   * released comments; for the student themself, the coaches of their cohort and tenant admins
   * only, read in as many statements with one interview as with five.
   */
  @Test
  void aProfileShowsGrowthPerCompetencyToTheStudentAndTheirCoachesOnly() {
    String student = students.get(2);
    String assignment = assign(false);
    String first = handedIn(student, assignment, false);
    fixture.shiftBack(tenant, "attempt", first, 86_400, "submitted_at"); // the day before
    grade(first, 0, 1, "Say what you will do first.");
    grading.release(first, false);
    long once = statements.countDuring(() -> profiles.of(student));
    for (int i = 0; i < 4; i++) {
      String next = handedIn(student, assignment, true);
      grade(next, 3, 2);
      grading.release(next, false);
    }
    assertEquals(once, statements.countDuring(() -> profiles.of(student)), "1 and 5 interviews");

    Profile profile = profiles.of(student);
    assertEquals(
        List.of("Communication", "SQL"),
        profile.competencies().stream().map(Profile.Growth::name).toList());
    Profile.Growth talk = profile.competencies().get(0);
    assertEquals(5, talk.levels().size());
    assertEquals(20.0, talk.levels().get(0).level(), 1e-9, "1 of 5");
    assertEquals(100.0, talk.current(), 1e-9, "the last three");
    assertEquals(3, talk.interviews());
    assertEquals(70, talk.target());
    assertEquals(
        List.of("Say what you will do first."),
        talk.comments().stream().map(Profile.Comment::text).toList());
    assertEquals(2, talk.comments().get(0).question());
    // SQL: 0, 1, 1, 1, 1 of 1 -> current 100 as well; the weakest is the lower current level
    assertTrue(profile.strongest().current() >= profile.weakest().current());

    fixture.signIn(student, tenant);
    assertEquals(profile.competencies(), profiles.mine().competencies(), "their own");
    assertThrows(AccessDeniedException.class, () -> profiles.of(students.get(0)));
    fixture.signIn(students.get(0), tenant);
    assertEquals(List.of(), profiles.mine().competencies(), "nothing released for them");
    fixture.signIn(fixture.newPerson(tenant, COACH), tenant);
    assertThrows(NotFoundException.class, () -> profiles.of(student), "not their cohort");
    assertThrows(NotFoundException.class, () -> profiles.of(null));
    fixture.signIn(admin, tenant);
    assertEquals(5, profiles.of(student).competencies().get(0).levels().size());
    ActiveTenant other = fixture.newTenant();
    fixture.signIn(fixture.newPerson(other, TENANT_ADMIN), other);
    assertThrows(NotFoundException.class, () -> profiles.of(student), "another bootcamp");
  }

  /** The stored record, then rebuilt from scratch by a tenant admin: the same rows. */
  private void assertEqualsRecomputed(String when) {
    List<String> projected = snapshot();
    fixture.signIn(admin, tenant);
    record.rebuild();
    assertEquals(projected, snapshot(), when);
    fixture.signIn(coach, tenant);
  }

  private List<String> snapshot() {
    return rows.all();
  }

  private List<String> levels() {
    return rows.levels();
  }

  private List<String> notes() {
    return rows.notes();
  }

  private static List<String> sorted(String... lines) {
    return java.util.Arrays.stream(lines).sorted().toList();
  }

  private static String level(
      String attempt, String student, String competency, int earned, int possible) {
    return RecordRows.level(attempt, student, competency, earned, possible);
  }
}
