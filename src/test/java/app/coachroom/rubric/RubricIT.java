package app.coachroom.rubric;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.competency.application.CompetencyDetails;
import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.application.CompetencyView;
import app.coachroom.competency.domain.CompetencyKind;
import app.coachroom.identity.ActiveTenant;
import app.coachroom.rubric.application.RubricDetails;
import app.coachroom.rubric.application.RubricService;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.rubric.domain.RubricContent.Criterion;
import app.coachroom.rubric.domain.RubricContent.Level;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.SqlStatements;
import app.coachroom.testing.TenantFixture;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rubrics on a real server and database, across two tenants. */
class RubricIT extends InContainerTest {

  @Inject RubricService rubrics;
  @Inject CompetencyService competencies;
  @Inject TenantFixture fixture;
  @Inject SqlStatements sql;

  private ActiveTenant tenantA;
  private ActiveTenant tenantB;
  private String coachA;
  private String coachB;

  @BeforeEach
  void twoTenants() {
    tenantA = fixture.newTenant();
    tenantB = fixture.newTenant();
    coachA = fixture.newPerson(tenantA, COACH);
    coachB = fixture.newPerson(tenantB, COACH);
  }

  @Test
  void rubricIsStoredReadBackAndRevisedExactly() {
    fixture.signIn(coachA, tenantA);
    CompetencyView clarity =
        competencies.create(
            new CompetencyDetails("Clear communication", null, CompetencyKind.SOFT_SKILL));
    RubricContent star = star(clarity.id());
    RubricDetails created = rubrics.create(star);
    assertEquals(star, rubrics.find(created.id()).content());
    assertEquals(9, created.totalPoints());

    RubricContent fewer =
        new RubricContent("STAR v2", "Shorter", List.of(criterion("Result", 5, 0)));
    RubricDetails revised = rubrics.update(created.id(), created.version(), fewer);
    assertEquals(fewer, rubrics.find(created.id()).content());
    assertNotEquals(created.version(), revised.version());
    assertThrows(
        OptimisticLockException.class, () -> rubrics.update(created.id(), created.version(), star));
    assertEquals(fewer, rubrics.find(created.id()).content());
  }

  @Test
  void listPagesInSqlWithAConstantNumberOfStatements() {
    fixture.signIn(coachA, tenantA);
    for (int i = 0; i < 12; i++) {
      rubrics.create(
          new RubricContent(
              String.format("R%02d", i),
              null,
              List.of(criterion("A", 2, 1), criterion("B", 3, 0))));
    }
    RubricDetails archived =
        rubrics.create(new RubricContent("Old", null, List.of(criterion("A", 1, 0))));
    rubrics.archive(archived.id(), archived.version());
    assertEquals(12, rubrics.count(false));
    assertEquals(13, rubrics.count(true));
    assertEquals("R05", rubrics.page(5, 5, false).get(0).content().title());

    long small = sql.countDuring(() -> rubrics.page(0, 2, false));
    long large = sql.countDuring(() -> rubrics.page(0, 12, false));
    assertTrue(small > 0);
    assertEquals(small, large, "statements for a page of 2 and a page of 12");
  }

  @Test
  void duplicateAndArchive() {
    fixture.signIn(coachA, tenantA);
    RubricDetails original = rubrics.create(star(null));
    RubricDetails copy = rubrics.duplicate(original.id(), "Copy of STAR");
    assertEquals("Copy of STAR", copy.content().title());
    assertEquals(original.content().criteria(), copy.content().criteria());
    assertTrue(rubrics.archive(original.id(), original.version()).archived());
    assertEquals(
        List.of(copy.id()), rubrics.page(0, 10, false).stream().map(RubricDetails::id).toList());
  }

  @Test
  void anotherTenantCannotSeeChangeOrUseForeignCompetencies() {
    fixture.signIn(coachA, tenantA);
    CompetencyView mineTag =
        competencies.create(new CompetencyDetails("Empathy", null, CompetencyKind.SOFT_SKILL));
    RubricDetails mine = rubrics.create(star(mineTag.id()));

    fixture.signIn(coachB, tenantB);
    assertEquals(0, rubrics.count(true));
    assertThrows(NotFoundException.class, () -> rubrics.find(mine.id()));
    assertThrows(
        NotFoundException.class, () -> rubrics.update(mine.id(), mine.version(), star(null)));
    assertThrows(NotFoundException.class, () -> rubrics.archive(mine.id(), mine.version()));
    assertThrows(NotFoundException.class, () -> rubrics.duplicate(mine.id(), "Stolen"));
    assertEquals(
        "rubric.competency.unknown",
        assertThrows(RuleViolationException.class, () -> rubrics.create(star(mineTag.id())))
            .messageKey());
    assertEquals(0, rubrics.count(true));

    fixture.signIn(coachA, tenantA);
    assertEquals(mine.content(), rubrics.find(mine.id()).content());
  }

  @Test
  void studentsCannotReachRubrics() {
    fixture.signIn(coachA, tenantA);
    RubricDetails rubric = rubrics.create(star(null));
    String student = fixture.newPerson(tenantA, STUDENT);
    fixture.signIn(student, tenantA);
    assertThrows(AccessDeniedException.class, () -> rubrics.find(rubric.id()));
    assertThrows(AccessDeniedException.class, () -> rubrics.page(0, 10, false));
    assertThrows(AccessDeniedException.class, () -> rubrics.create(star(null)));
    assertThrows(AccessDeniedException.class, () -> rubrics.archive(rubric.id(), rubric.version()));
  }

  private static RubricContent star(String competencyId) {
    return new RubricContent(
        "STAR",
        "Behavioural answers",
        List.of(
            new Criterion(
                "Situation and task",
                "Context is clear",
                null,
                List.of(
                    new Level(3, "Vivid and brief"),
                    new Level(1, "Some context"),
                    new Level(0, "Missing"))),
            new Criterion(
                "Action",
                null,
                competencyId,
                List.of(new Level(3, "Own steps"), new Level(0, "We did"))),
            new Criterion(
                "Result",
                null,
                null,
                List.of(new Level(3, "Measured outcome"), new Level(0, "None")))));
  }

  private static Criterion criterion(String title, int best, int worst) {
    return new Criterion(
        title, null, null, List.of(new Level(best, "best"), new Level(worst, "worst")));
  }
}
