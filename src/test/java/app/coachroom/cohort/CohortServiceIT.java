package app.coachroom.cohort;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.cohort.application.CohortDetails;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.cohort.application.CohortView;
import app.coachroom.cohort.application.RosterService;
import app.coachroom.cohort.domain.CohortRole;
import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.identity.NoTenantException;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.TenantFixture;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cohort service on a real WildFly and database: rules, roles and two-tenant isolation. */
class CohortServiceIT extends InContainerTest {
  private static final LocalDate JAN = LocalDate.of(2027, 1, 11);
  private static final LocalDate APR = LocalDate.of(2027, 4, 2);

  @Inject CohortService cohorts;
  @Inject RosterService rosters;
  @Inject TenantFixture fixture;
  @Inject Caller caller;

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
  void coachCreatesCohortAndSeesItInTheList() {
    fixture.signIn(coachA, tenantA);
    CohortView created = cohorts.create(new CohortDetails("  Backend Winter  ", JAN, APR));

    assertEquals("Backend Winter", created.name());
    assertEquals(1, cohorts.count(false));
    assertEquals(List.of(created.id()), ids(cohorts.page(0, 10, false)));
    assertEquals(created, cohorts.find(created.id()));
  }

  @Test
  void duplicateNameIsRefusedInTheSameTenantButFineInAnother() {
    fixture.signIn(coachA, tenantA);
    cohorts.create(new CohortDetails("Evening", null, null));
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () -> cohorts.create(new CohortDetails("EVENING", null, null)));
    assertEquals("cohort.name.taken", refused.messageKey());
    assertEquals("name", refused.field());

    fixture.signIn(coachB, tenantB);
    assertEquals("Evening", cohorts.create(new CohortDetails("Evening", null, null)).name());
  }

  @Test
  void badInputIsRefusedWithTheFieldNamed() {
    fixture.signIn(coachA, tenantA);
    assertEquals(
        "cohort.name.required",
        assertThrows(
                RuleViolationException.class,
                () -> cohorts.create(new CohortDetails("   ", null, null)))
            .messageKey());
    assertEquals(
        "cohort.name.tooLong",
        assertThrows(
                RuleViolationException.class,
                () -> cohorts.create(new CohortDetails("x".repeat(101), null, null)))
            .messageKey());
    RuleViolationException dates =
        assertThrows(
            RuleViolationException.class,
            () -> cohorts.create(new CohortDetails("Dates", APR, JAN)));
    assertEquals("endsOn", dates.field());
    assertEquals(0, cohorts.count(true));
  }

  @Test
  void anotherTenantCannotListFindUpdateOrArchive() {
    fixture.signIn(coachA, tenantA);
    CohortView mine = cohorts.create(new CohortDetails("Only in A", JAN, APR));

    fixture.signIn(coachB, tenantB);
    assertEquals(0, cohorts.count(true));
    assertTrue(cohorts.page(0, 50, true).isEmpty());
    assertThrows(NotFoundException.class, () -> cohorts.find(mine.id()));
    assertThrows(
        NotFoundException.class,
        () -> cohorts.update(mine.id(), mine.version(), new CohortDetails("Hijacked", null, null)));
    assertThrows(NotFoundException.class, () -> cohorts.archive(mine.id(), mine.version()));
    assertThrows(
        NotFoundException.class, () -> rosters.add(mine.id(), CohortRole.STUDENT, List.of(coachB)));

    fixture.signIn(coachA, tenantA);
    CohortView after = cohorts.find(mine.id());
    assertEquals(mine, after);
  }

  @Test
  void coachRenamesReschedulesArchivesAndRestores() {
    fixture.signIn(coachA, tenantA);
    CohortView created = cohorts.create(new CohortDetails("Spring", null, null));
    CohortView renamed =
        cohorts.update(created.id(), created.version(), new CohortDetails("Spring B", JAN, APR));
    assertEquals("Spring B", renamed.name());
    assertEquals(JAN, renamed.startsOn());

    CohortView archived = cohorts.archive(renamed.id(), renamed.version());
    assertTrue(archived.archived());
    assertEquals(0, cohorts.count(false));
    assertEquals(1, cohorts.count(true));

    assertFalse(cohorts.restore(archived.id(), archived.version()).archived());
  }

  @Test
  void staleEditIsRefused() {
    fixture.signIn(coachA, tenantA);
    CohortView created = cohorts.create(new CohortDetails("Stale", null, null));
    cohorts.update(created.id(), created.version(), new CohortDetails("Fresh", null, null));
    assertThrows(
        OptimisticLockException.class,
        () ->
            cohorts.update(created.id(), created.version(), new CohortDetails("Old", null, null)));
    assertEquals("Fresh", cohorts.find(created.id()).name());
  }

  @Test
  void studentSeesOnlyOwnCohortsAndCannotManage() {
    String student = fixture.newPerson(tenantA, STUDENT);
    fixture.signIn(coachA, tenantA);
    CohortView enrolled = cohorts.create(new CohortDetails("Enrolled", null, null));
    CohortView other = cohorts.create(new CohortDetails("Other", null, null));
    rosters.add(enrolled.id(), CohortRole.STUDENT, List.of(student));

    fixture.signIn(student, tenantA);
    assertEquals(List.of(enrolled.id()), ids(cohorts.page(0, 10, false)));
    assertEquals(1, cohorts.count(false));
    assertEquals(enrolled, cohorts.find(enrolled.id()));
    assertThrows(NotFoundException.class, () -> cohorts.find(other.id()));
    assertThrows(
        AccessDeniedException.class, () -> cohorts.create(new CohortDetails("Mine", null, null)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            cohorts.update(enrolled.id(), enrolled.version(), new CohortDetails("X", null, null)));
    assertThrows(
        AccessDeniedException.class, () -> cohorts.archive(enrolled.id(), enrolled.version()));
    assertThrows(
        AccessDeniedException.class,
        () -> rosters.add(other.id(), CohortRole.STUDENT, List.of(student)));
  }

  @Test
  void tenantAdminManagesCohorts() {
    String admin = fixture.newPerson(tenantA, TENANT_ADMIN);
    fixture.signIn(admin, tenantA);
    assertEquals("By admin", cohorts.create(new CohortDetails("By admin", null, null)).name());
  }

  @Test
  void rolesInOneTenantGiveNothingInAnother() {
    fixture.signIn(coachA, tenantB);
    assertThrows(
        AccessDeniedException.class, () -> cohorts.create(new CohortDetails("X", null, null)));
    assertThrows(AccessDeniedException.class, () -> cohorts.count(false));
  }

  @Test
  void withoutTenantNothingIsReadOrWritten() {
    caller.signIn(coachA, "No tenant", false);
    assertThrows(AccessDeniedException.class, () -> cohorts.count(true));
    assertThrows(NoTenantException.class, () -> caller.persistenceTenant());
  }

  private static List<String> ids(List<CohortView> views) {
    return views.stream().map(CohortView::id).toList();
  }
}
