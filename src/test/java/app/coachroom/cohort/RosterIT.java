package app.coachroom.cohort;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.audit.application.AuditEntry;
import app.coachroom.audit.application.AuditFilter;
import app.coachroom.audit.application.AuditLog;
import app.coachroom.cohort.application.CohortDetails;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.cohort.application.CohortView;
import app.coachroom.cohort.application.RosterRow;
import app.coachroom.cohort.application.RosterService;
import app.coachroom.cohort.domain.CohortRole;
import app.coachroom.identity.ActiveTenant;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.tenancy.application.MemberLeft;
import app.coachroom.tenancy.application.Person;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.TenantFixture;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Rosters on a real server and database: bulk changes, eligibility, archiving, two tenants. */
class RosterIT extends InContainerTest {

  @Inject CohortService cohorts;
  @Inject RosterService rosters;
  @Inject TenantFixture fixture;
  @Inject AuditLog audit;
  @Inject Event<MemberLeft> left;

  private ActiveTenant tenantA;
  private ActiveTenant tenantB;
  private String adminA;
  private String coachA;
  private String coachB;
  private String studentA1;
  private String studentA2;
  private String studentB;
  private CohortView cohort;

  @BeforeEach
  void twoTenants() {
    tenantA = fixture.newTenant();
    tenantB = fixture.newTenant();
    coachA = fixture.newPerson(tenantA, COACH);
    coachB = fixture.newPerson(tenantB, COACH);
    studentA1 = fixture.newPerson(tenantA, STUDENT);
    studentA2 = fixture.newPerson(tenantA, STUDENT);
    studentB = fixture.newPerson(tenantB, STUDENT);
    // a tenant admin makes the cohort and chooses its coach, who manages its students
    adminA = fixture.newPerson(tenantA, TENANT_ADMIN);
    fixture.signIn(adminA, tenantA);
    cohort = cohorts.create(new CohortDetails("Roster " + tenantA.alias(), null, null));
    rosters.add(cohort.id(), CohortRole.COACH, List.of(coachA));
    fixture.signIn(coachA, tenantA);
  }

  @Test
  void theCohortsCoachAddsSeveralStudentsAtOnceAndRemovesThemInBulk() {
    assertEquals(2, rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentA1, studentA2)));
    assertEquals(0, rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentA1)));

    assertEquals(Set.of(studentA1, studentA2), subjects(CohortRole.STUDENT));
    assertEquals(Set.of(coachA), subjects(CohortRole.COACH));
    assertEquals(3, rosters.roster(cohort.id(), null).size());

    assertEquals(2, rosters.remove(cohort.id(), List.of(studentA1, studentA2, "not-on-it")));
    assertEquals(Set.of(), subjects(CohortRole.STUDENT));
    assertEquals(Set.of(coachA), subjects(CohortRole.COACH));
  }

  @Test
  void onlyMembersWithTheMatchingRoleJoinAndOneWrongPersonAddsNobody() {
    assertRefused(
        "roster.add.notMember.STUDENT",
        () -> rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentA1, studentB)));
    assertRefused(
        "roster.add.notMember.STUDENT",
        () -> rosters.add(cohort.id(), CohortRole.STUDENT, List.of(coachA)));
    assertRefused("roster.add.none", () -> rosters.add(cohort.id(), CohortRole.STUDENT, List.of()));
    assertEquals(1, fixture.rows("cohort_member", tenantA), "its coach alone");

    rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentA1));
    String both = fixture.newPerson(tenantA, STUDENT, COACH);
    fixture.signIn(adminA, tenantA);
    assertRefused(
        "roster.add.notMember.COACH",
        () -> rosters.add(cohort.id(), CohortRole.COACH, List.of(studentA1)));
    rosters.add(cohort.id(), CohortRole.COACH, List.of(both));
    assertRefused(
        "roster.add.otherRole", () -> rosters.add(cohort.id(), CohortRole.STUDENT, List.of(both)));

    String otherAdmin = fixture.newPerson(tenantA, TENANT_ADMIN);
    assertEquals(1, rosters.add(cohort.id(), CohortRole.COACH, List.of(otherAdmin)));
  }

  @Test
  void onlyTenantAdminsChooseCoachesAndNobodyAddsThemself() {
    String coachA2 = fixture.newPerson(tenantA, COACH);
    assertThrows(
        AccessDeniedException.class,
        () -> rosters.add(cohort.id(), CohortRole.COACH, List.of(coachA2)));
    assertThrows(
        AccessDeniedException.class, () -> rosters.candidates(cohort.id(), CohortRole.COACH, ""));
    assertThrows(AccessDeniedException.class, () -> rosters.remove(cohort.id(), List.of(coachA)));
    assertEquals(Set.of(coachA), subjects(CohortRole.COACH), "not even themself");

    fixture.signIn(coachA2, tenantA);
    assertThrows(
        NotFoundException.class,
        () -> rosters.add(cohort.id(), CohortRole.COACH, List.of(coachA2)),
        "a coach cannot join someone else's cohort");

    fixture.signIn(adminA, tenantA);
    assertRefused(
        "roster.add.self", () -> rosters.add(cohort.id(), CohortRole.COACH, List.of(adminA)));
    assertEquals(
        Set.of(coachA2),
        rosters.candidates(cohort.id(), CohortRole.COACH, "").stream()
            .map(Person::subject)
            .collect(Collectors.toSet()),
        "the admin is not offered to themself");
    assertEquals(1, rosters.add(cohort.id(), CohortRole.COACH, List.of(coachA2)));
    assertEquals(1, rosters.remove(cohort.id(), List.of(coachA2)));
    assertEquals(Set.of(coachA), subjects(CohortRole.COACH));
    List<AuditEntry> aboutCoachA2 = audit.page(new AuditFilter(coachA2, null, null), 0, 10);
    assertEquals(
        List.of(AuditAction.COACH_REMOVED, AuditAction.COACH_ADDED),
        aboutCoachA2.stream().map(AuditEntry::action).toList(),
        "refused attempts leave nothing; what was done is logged, about whom and where");
    assertTrue(
        aboutCoachA2.stream()
            .allMatch(e -> cohort.name().equals(e.cohortName()) && e.aboutName() != null));

    fixture.signIn(coachA2, tenantA);
    CohortView own = cohorts.create(new CohortDetails("Own " + tenantA.alias(), null, null));
    assertEquals(
        List.of(coachA2),
        rosters.roster(own.id(), CohortRole.COACH).stream().map(RosterRow::subject).toList(),
        "who creates a cohort coaches it");
  }

  @Test
  void aCoachOfAnotherCohortNeitherSeesNorChangesThisOne() {
    rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentA1));
    RosterRow row = rosters.roster(cohort.id(), CohortRole.STUDENT).get(0);
    String otherCoach = fixture.newPerson(tenantA, COACH);
    fixture.signIn(otherCoach, tenantA);
    cohorts.create(new CohortDetails("Theirs " + tenantA.alias(), null, null));
    assertEquals(1, cohorts.count(false), "their own cohort only");
    assertThrows(NotFoundException.class, () -> cohorts.find(cohort.id()));
    assertThrows(NotFoundException.class, () -> rosters.roster(cohort.id(), null));
    assertThrows(NotFoundException.class, () -> rosters.count(cohort.id(), CohortRole.STUDENT));
    assertThrows(
        NotFoundException.class,
        () -> rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentA2)));
    assertThrows(NotFoundException.class, () -> rosters.remove(cohort.id(), List.of(studentA1)));
    assertThrows(
        NotFoundException.class,
        () -> rosters.accommodate(cohort.id(), studentA1, row.version(), new BigDecimal("2")));
    assertThrows(
        NotFoundException.class, () -> rosters.candidates(cohort.id(), CohortRole.STUDENT, ""));
    assertThrows(
        NotFoundException.class,
        () -> cohorts.update(cohort.id(), cohort.version(), new CohortDetails("Mine", null, null)));
    assertThrows(NotFoundException.class, () -> cohorts.archive(cohort.id(), cohort.version()));

    // a coach who studies in the cohort sees it as a student does, and does not manage it
    String both = fixture.newPerson(tenantA, STUDENT, COACH);
    fixture.signIn(coachA, tenantA);
    rosters.add(cohort.id(), CohortRole.STUDENT, List.of(both));
    fixture.signIn(both, tenantA);
    assertEquals(cohort.id(), cohorts.find(cohort.id()).id());
    assertThrows(AccessDeniedException.class, () -> rosters.roster(cohort.id(), null));
    assertThrows(
        AccessDeniedException.class,
        () -> rosters.accommodate(cohort.id(), both, 0, new BigDecimal("2")));

    // so does a tenant admin who studies in it: no extra time for themself
    String adminStudent = fixture.newPerson(tenantA, STUDENT, TENANT_ADMIN);
    fixture.signIn(coachA, tenantA);
    rosters.add(cohort.id(), CohortRole.STUDENT, List.of(adminStudent));
    fixture.signIn(adminStudent, tenantA);
    assertThrows(AccessDeniedException.class, () -> rosters.roster(cohort.id(), null));
    assertThrows(
        AccessDeniedException.class,
        () -> rosters.accommodate(cohort.id(), adminStudent, 0, new BigDecimal("2")));

    fixture.signIn(coachA, tenantA);
    assertEquals(Set.of(studentA1, both, adminStudent), subjects(CohortRole.STUDENT));
    assertTrue(
        rosters.roster(cohort.id(), CohortRole.STUDENT).stream().noneMatch(RosterRow::hasExtraTime),
        "nobody's extra time changed");
  }

  @Test
  void searchOffersOnlyThisTenantsEligibleMembersNotYetOnTheRoster() {
    rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentA1));
    Set<String> offered =
        rosters.candidates(cohort.id(), CohortRole.STUDENT, "").stream()
            .map(Person::subject)
            .collect(Collectors.toSet());
    assertEquals(Set.of(studentA2), offered);
  }

  @Test
  void aStudentMayStudyInSeveralCohorts() {
    CohortView second = cohorts.create(new CohortDetails("Second " + tenantA.alias(), null, null));
    rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentA1));
    rosters.add(second.id(), CohortRole.STUDENT, List.of(studentA1));

    fixture.signIn(studentA1, tenantA);
    assertEquals(Set.of(cohort.id(), second.id()), rosters.myActiveCohorts().keySet());
    assertEquals(2, cohorts.count(false));
  }

  @Test
  void extraTimeIsSavedPerStudentAndAStaleChangeIsRefused() {
    rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentA1));
    RosterRow row = rosters.roster(cohort.id(), CohortRole.STUDENT).get(0);
    RosterRow saved =
        rosters.accommodate(cohort.id(), studentA1, row.version(), new BigDecimal("1.5"));
    assertEquals(new BigDecimal("1.50"), saved.timeMultiplier());
    assertTrue(rosters.roster(cohort.id(), CohortRole.STUDENT).get(0).hasExtraTime());
    assertThrows(
        OptimisticLockException.class,
        () -> rosters.accommodate(cohort.id(), studentA1, row.version(), BigDecimal.ONE));
    assertRefused(
        "roster.accommodation.range",
        () -> rosters.accommodate(cohort.id(), studentA1, saved.version(), new BigDecimal("5")));
    assertEquals(
        new BigDecimal("1.50"),
        rosters.roster(cohort.id(), CohortRole.STUDENT).get(0).timeMultiplier());

    // the log: for tenant admins only, filtered by kind, person (who acted or whom it was about)
    // and cohort, counted and paged in SQL
    assertThrows(AccessDeniedException.class, () -> audit.count(AuditFilter.NONE));
    fixture.signIn(adminA, tenantA);
    AuditFilter extraTime = new AuditFilter(null, cohort.id(), AuditAction.EXTRA_TIME_CHANGED);
    assertEquals(1, audit.count(extraTime));
    AuditEntry changed = audit.page(extraTime, 0, 10).get(0);
    assertEquals("×1", changed.before());
    assertEquals("×1.5", changed.detail());
    assertNotNull(changed.aboutName());
    AuditFilter byCoach = new AuditFilter(coachA, null, null);
    assertEquals(
        List.of(AuditAction.EXTRA_TIME_CHANGED, AuditAction.STUDENT_ADDED, AuditAction.COACH_ADDED),
        audit.page(byCoach, 0, 10).stream().map(AuditEntry::action).toList(),
        "what the coach did, and their own joining");
    assertEquals(1, audit.page(byCoach, 1, 1).size());
    assertEquals(AuditAction.STUDENT_ADDED, audit.page(byCoach, 1, 1).get(0).action());
    assertEquals(0, audit.count(new AuditFilter(null, "no-such-cohort", null)));
  }

  @Test
  void anArchivedCohortsRosterIsReadOnlyHistory() {
    rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentA1));
    RosterRow row = rosters.roster(cohort.id(), CohortRole.STUDENT).get(0);
    CohortView archived = cohorts.archive(cohort.id(), cohort.version());

    assertRefused(
        "cohort.archived.readOnly",
        () -> rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentA2)));
    assertRefused(
        "cohort.archived.readOnly", () -> rosters.remove(cohort.id(), List.of(studentA1)));
    assertRefused(
        "cohort.archived.readOnly",
        () -> rosters.accommodate(cohort.id(), studentA1, row.version(), new BigDecimal("2")));
    assertEquals(Set.of(studentA1), subjects(CohortRole.STUDENT));

    fixture.signIn(studentA1, tenantA);
    assertTrue(rosters.myActiveCohorts().isEmpty());
    fixture.signIn(coachA, tenantA);
    cohorts.restore(archived.id(), archived.version());
    assertEquals(1, rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentA2)));
  }

  @Test
  void someoneWhoLeavesTheBootcampLeavesActiveRostersButArchivedOnesKeepThem() {
    CohortView old = cohorts.create(new CohortDetails("Old " + tenantA.alias(), null, null));
    rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentA1, studentA2));
    rosters.add(old.id(), CohortRole.STUDENT, List.of(studentA1));
    cohorts.archive(old.id(), old.version());

    left.fire(new MemberLeft(studentA1, "Student A1"));

    assertEquals(Set.of(studentA2), subjects(CohortRole.STUDENT));
    assertEquals(
        List.of(studentA1),
        rosters.roster(old.id(), CohortRole.STUDENT).stream().map(RosterRow::subject).toList());

    // logged per cohort they left; and the coach who made a cohort joined it as its coach
    fixture.signIn(adminA, tenantA);
    List<AuditEntry> removed =
        audit.page(new AuditFilter(studentA1, null, AuditAction.STUDENT_REMOVED), 0, 5);
    assertEquals(1, removed.size(), "only the active cohort's roster changed");
    assertEquals(cohort.name(), removed.get(0).cohortName());
    assertEquals("Student A1", removed.get(0).target());
    assertEquals("left the bootcamp", removed.get(0).detail());
    assertEquals(1, audit.count(new AuditFilter(coachA, old.id(), AuditAction.COACH_ADDED)));
  }

  @Test
  void anotherTenantNeitherSeesNorChangesTheRoster() {
    rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentA1));
    fixture.signIn(coachB, tenantB);
    assertThrows(NotFoundException.class, () -> rosters.roster(cohort.id(), null));
    assertThrows(
        NotFoundException.class,
        () -> rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentB)));
    assertThrows(NotFoundException.class, () -> rosters.remove(cohort.id(), List.of(studentA1)));
    assertThrows(
        NotFoundException.class,
        () -> rosters.accommodate(cohort.id(), studentA1, 0, new BigDecimal("2")));
    assertThrows(
        NotFoundException.class, () -> rosters.candidates(cohort.id(), CohortRole.STUDENT, ""));
    left.fire(new MemberLeft(studentA1, "Student A1"));

    fixture.signIn(coachA, tenantA);
    assertEquals(Set.of(studentA1), subjects(CohortRole.STUDENT));
  }

  @Test
  void studentsCannotChangeRosters() {
    rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentA1));
    fixture.signIn(studentA1, tenantA);
    assertThrows(AccessDeniedException.class, () -> rosters.roster(cohort.id(), null));
    assertThrows(
        AccessDeniedException.class,
        () -> rosters.add(cohort.id(), CohortRole.STUDENT, List.of(studentA2)));
    assertThrows(
        AccessDeniedException.class, () -> rosters.remove(cohort.id(), List.of(studentA1)));
    assertThrows(
        AccessDeniedException.class,
        () -> rosters.accommodate(cohort.id(), studentA1, 0, new BigDecimal("2")));
    assertThrows(
        AccessDeniedException.class, () -> rosters.candidates(cohort.id(), CohortRole.STUDENT, ""));
  }

  private Set<String> subjects(CohortRole role) {
    return rosters.roster(cohort.id(), role).stream()
        .map(RosterRow::subject)
        .collect(Collectors.toSet());
  }

  private static void assertRefused(String key, Executable call) {
    assertEquals(key, assertThrows(RuleViolationException.class, call).messageKey());
  }
}
