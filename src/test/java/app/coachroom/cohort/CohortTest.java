package app.coachroom.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coachroom.cohort.domain.Cohort;
import app.coachroom.cohort.domain.CohortMember;
import app.coachroom.cohort.domain.CohortRole;
import app.coachroom.shared.domain.RuleViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CohortTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final LocalDate JAN = LocalDate.of(2027, 1, 11);
  private static final LocalDate APR = LocalDate.of(2027, 4, 2);

  @Test
  void nameIsTrimmedAndDatesMayBeOpen() {
    Cohort cohort = new Cohort("  Winter  ", null, APR, NOW);
    assertThat(cohort.name()).isEqualTo("Winter");
    assertThat(cohort.startsOn()).isEmpty();
    assertThat(cohort.endsOn()).contains(APR);
    assertThat(cohort.isArchived()).isFalse();
  }

  @Test
  void blankAndOverlongNamesAreRefusedWithTheirOwnMessages() {
    assertThatThrownBy(() -> new Cohort(" \t", null, null, NOW))
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((RuleViolationException) e).messageKey())
        .isEqualTo("cohort.name.required");
    assertThatThrownBy(() -> new Cohort(null, null, null, NOW))
        .extracting(e -> ((RuleViolationException) e).messageKey())
        .isEqualTo("cohort.name.required");
    assertThat(new Cohort("x".repeat(100), null, null, NOW).name()).hasSize(100);
    assertThatThrownBy(() -> new Cohort("x".repeat(101), null, null, NOW))
        .extracting(e -> ((RuleViolationException) e).messageKey())
        .isEqualTo("cohort.name.tooLong");
  }

  @Test
  void endBeforeStartIsRefusedAndSameDayIsFine() {
    assertThatThrownBy(() -> new Cohort("Dates", APR, JAN, NOW))
        .extracting(e -> ((RuleViolationException) e).field())
        .isEqualTo("endsOn");
    assertThat(new Cohort("Same day", JAN, JAN, NOW).endsOn()).contains(JAN);
  }

  @Test
  void failedRescheduleKeepsTheOldDates() {
    Cohort cohort = new Cohort("Keep", JAN, APR, NOW);
    assertThatThrownBy(() -> cohort.schedule(APR, JAN)).isInstanceOf(RuleViolationException.class);
    assertThat(cohort.startsOn()).contains(JAN);
    assertThat(cohort.endsOn()).contains(APR);
  }

  @Test
  void archiveKeepsTheFirstTimestampAndRestoreUndoes() {
    Cohort cohort = new Cohort("Archive", null, null, NOW);
    cohort.archive(NOW);
    cohort.archive(NOW.plusSeconds(60));
    assertThat(cohort.isArchived()).isTrue();
    cohort.restore();
    assertThat(cohort.isArchived()).isFalse();
  }

  @Test
  void archivedCohortRefusesNewRosterEntries() {
    Cohort cohort = new Cohort("History", null, null, NOW);
    assertThat(cohort.enroll("s-1", CohortRole.STUDENT, NOW).role()).isEqualTo(CohortRole.STUDENT);
    cohort.archive(NOW);
    assertThatThrownBy(() -> cohort.enroll("s-2", CohortRole.STUDENT, NOW))
        .extracting(e -> ((RuleViolationException) e).messageKey())
        .isEqualTo("cohort.archived.readOnly");
  }

  @Test
  void extraTimeIsAStudentsMultiplierFromOneToThreeInStepsOfFiveHundredths() {
    Cohort cohort = new Cohort("Accommodations", null, null, NOW);
    CohortMember student = cohort.enroll("s-1", CohortRole.STUDENT, NOW);
    assertThat(student.timeMultiplier()).isEqualByComparingTo("1");

    student.accommodate(new BigDecimal("1.5"));
    assertThat(student.timeMultiplier()).isEqualTo(new BigDecimal("1.50"));
    student.accommodate(new BigDecimal("3"));
    assertThat(student.timeMultiplier()).isEqualTo(new BigDecimal("3.00"));

    for (String refused : new String[] {"0.75", "3.05", "1.33", "-1"}) {
      assertThatThrownBy(() -> student.accommodate(new BigDecimal(refused)))
          .extracting(e -> ((RuleViolationException) e).messageKey())
          .isEqualTo("roster.accommodation.range");
    }
    assertThatThrownBy(() -> student.accommodate(null)).isInstanceOf(RuleViolationException.class);
    assertThat(student.timeMultiplier()).isEqualTo(new BigDecimal("3.00"));

    CohortMember coach = cohort.enroll("c-1", CohortRole.COACH, NOW);
    assertThatThrownBy(() -> coach.accommodate(new BigDecimal("1.5")))
        .extracting(e -> ((RuleViolationException) e).messageKey())
        .isEqualTo("roster.accommodation.studentsOnly");
  }
}
