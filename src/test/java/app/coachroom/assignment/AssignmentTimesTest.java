package app.coachroom.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coachroom.assignment.domain.Anonymity;
import app.coachroom.assignment.domain.Assignment;
import app.coachroom.assignment.domain.AssignmentRules;
import app.coachroom.assignment.domain.BootcampTime;
import app.coachroom.assignment.domain.Deadline;
import app.coachroom.assignment.domain.Extension;
import app.coachroom.assignment.domain.LatePolicy;
import app.coachroom.assignment.domain.PublishedTemplate;
import app.coachroom.assignment.domain.ReminderKind;
import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.assignment.domain.TimeAllowance;
import app.coachroom.assignment.domain.Window;
import app.coachroom.shared.domain.RuleViolationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The time rules of assignments: zones and daylight saving, grace, extensions, extra time. */
class AssignmentTimesTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");
  private static final Instant OPENS = Instant.parse("2027-03-25T08:00:00Z");
  private static final Instant DUE = Instant.parse("2027-03-29T07:00:00Z");
  private static final PublishedTemplate TEMPLATE =
      new PublishedTemplate("t-1", "v-1", 2, "System design");

  @Test
  void wallClockTimesFollowDaylightSavingInTheBootcampsZone() {
    // Berlin is UTC+1 before 2027-03-28 02:00 and UTC+2 after it
    assertThat(at("2027-03-27T09:00", BERLIN)).isEqualTo(Instant.parse("2027-03-27T08:00:00Z"));
    assertThat(at("2027-03-29T09:00", BERLIN)).isEqualTo(Instant.parse("2027-03-29T07:00:00Z"));
    // New York changes two weeks earlier
    assertThat(at("2027-03-13T09:00", NEW_YORK)).isEqualTo(Instant.parse("2027-03-13T14:00:00Z"));
    assertThat(at("2027-03-15T09:00", NEW_YORK)).isEqualTo(Instant.parse("2027-03-15T13:00:00Z"));
    assertThat(BootcampTime.toLocal(Instant.parse("2027-03-29T07:00:00Z"), BERLIN))
        .isEqualTo(LocalDateTime.parse("2027-03-29T09:00"));
  }

  @Test
  void aTimeSkippedWhenClocksGoForwardIsRefusedAndARepeatedOneMeansTheFirst() {
    assertThatThrownBy(() -> at("2027-03-28T02:30", BERLIN))
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((RuleViolationException) e).messageKey())
        .isEqualTo("assignment.time.gap");
    // 02:30 happens twice on 2027-10-31 in Berlin: first at UTC+2
    assertThat(at("2027-10-31T02:30", BERLIN)).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
    assertThatThrownBy(() -> BootcampTime.toInstant(null, BERLIN, "dueAt"))
        .extracting(e -> ((RuleViolationException) e).field())
        .isEqualTo("dueAt");
  }

  @Test
  void windowsMoveFromNotOpenThroughGraceToLateOrClosed() {
    Deadline accepting = new Deadline(OPENS, DUE, LatePolicy.ACCEPT_LATE, Duration.ofMinutes(15));
    assertThat(accepting.windowAt(OPENS.minusSeconds(1))).isEqualTo(Window.NOT_OPEN);
    assertThat(accepting.windowAt(OPENS)).isEqualTo(Window.OPEN);
    assertThat(accepting.windowAt(DUE.minusSeconds(1))).isEqualTo(Window.OPEN);
    assertThat(accepting.windowAt(DUE)).isEqualTo(Window.GRACE);
    assertThat(accepting.windowAt(DUE.plusSeconds(15 * 60 - 1))).isEqualTo(Window.GRACE);
    assertThat(accepting.windowAt(DUE.plusSeconds(15 * 60))).isEqualTo(Window.LATE);

    Deadline refusing = new Deadline(OPENS, DUE, LatePolicy.REFUSE, Duration.ofMinutes(15));
    assertThat(refusing.windowAt(DUE.plusSeconds(10))).isEqualTo(Window.GRACE);
    assertThat(refusing.windowAt(DUE.plusSeconds(15 * 60))).isEqualTo(Window.CLOSED);
    assertThat(Window.CLOSED.acceptsWork()).isFalse();
    assertThat(Window.LATE.acceptsWork()).isTrue();
    assertThat(Window.NOT_OPEN.acceptsWork()).isFalse();

    Deadline noGrace = new Deadline(OPENS, DUE, LatePolicy.REFUSE, Duration.ZERO);
    assertThat(noGrace.windowAt(DUE)).isEqualTo(Window.CLOSED);
  }

  @Test
  void workWithinTheGracePeriodIsOnTimeAndAfterItLate() {
    Deadline deadline = new Deadline(OPENS, DUE, LatePolicy.ACCEPT_LATE, Duration.ofMinutes(10));
    assertThat(deadline.isLate(DUE.minusSeconds(1))).isFalse();
    assertThat(deadline.isLate(DUE.plusSeconds(599))).isFalse();
    assertThat(deadline.isLate(DUE.plusSeconds(600))).isTrue();
    assertThat(deadline.timeLeft(DUE.minusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
    assertThat(deadline.timeLeft(DUE.plusSeconds(1))).isEqualTo(Duration.ZERO);
  }

  @Test
  void anExtensionMustBeLaterThanTheDueTimeAndThenGivesThatStudentTheirOwnDeadline() {
    Assignment assignment = interview(rules(OPENS, DUE, 1, 30));
    Instant later = DUE.plus(Duration.ofDays(2));
    for (Instant refused : new Instant[] {DUE, DUE.minusSeconds(60), null}) {
      assertThatThrownBy(() -> assignment.extend(Optional.empty(), "s-1", refused, "coach", NOW))
          .extracting(e -> ((RuleViolationException) e).messageKey())
          .isEqualTo("assignment.extension.notLater");
    }
    Extension extension = assignment.extend(Optional.empty(), "s-1", later, "coach", NOW);
    assertThat(extension.dueAt()).isEqualTo(later);
    Deadline own = assignment.deadline(Optional.of(extension.dueAt()));
    assertThat(own.windowAt(DUE.plusSeconds(3600))).isEqualTo(Window.OPEN);
    assertThat(assignment.deadline(Optional.empty()).windowAt(DUE.plusSeconds(3600)))
        .isEqualTo(Window.LATE);

    Extension moved =
        assignment.extend(Optional.of(extension), "s-1", later.plusSeconds(3600), "coach2", NOW);
    assertThat(moved).isSameAs(extension);
    assertThat(moved.dueAt()).isEqualTo(later.plusSeconds(3600));
    assertThat(moved.grantedBy()).isEqualTo("coach2");
  }

  @Test
  void reschedulingPastAnExtensionMakesItObsolete() {
    Assignment assignment = interview(rules(OPENS, DUE, 1, 0));
    Extension extension =
        assignment.extend(Optional.empty(), "s-1", DUE.plusSeconds(3600), "coach", NOW);
    assertThat(assignment.stillExtends(extension)).isTrue();
    assignment.edit(rules(OPENS, DUE.plusSeconds(7200), 1, 0), false, NOW);
    assertThat(assignment.stillExtends(extension)).isFalse();
  }

  @Test
  void anonymousGradingIsFixedOnceAnAttemptIsHandedIn() {
    Assignment assignment = interview(rules(OPENS, DUE, 1, 0));
    AssignmentRules anonymous =
        new AssignmentRules(OPENS, DUE, 1, LatePolicy.ACCEPT_LATE, 0, ResultRelease.BY_COACH, true);
    assignment.edit(anonymous, false, NOW);
    assertThat(assignment.rules().anonymous()).isTrue();
    assertThatThrownBy(() -> assignment.edit(rules(OPENS, DUE, 1, 0), true, NOW))
        .isInstanceOf(RuleViolationException.class)
        .hasFieldOrPropertyWithValue("messageKey", "assignment.anonymous.locked");
    assertThat(assignment.rules().anonymous()).isTrue();
    assignment.edit(anonymous, true, NOW);
    Assignment course = Assignment.course("c-1", "course-1", "Listening", anonymous, "coach", NOW);
    assertThat(course.rules().anonymous()).as("a course is not graded").isFalse();
  }

  @Test
  void identitiesAreRevealedOnceAndForGoodAndOnlyForAnonymousGrading() {
    Assignment named = interview(rules(OPENS, DUE, 1, 0));
    assertThat(named.hidesIdentities()).isFalse();
    assertThatThrownBy(() -> named.revealIdentities("admin", NOW))
        .hasFieldOrPropertyWithValue("messageKey", "assignment.reveal.notAnonymous");
    AssignmentRules anonymous =
        new AssignmentRules(OPENS, DUE, 1, LatePolicy.ACCEPT_LATE, 0, ResultRelease.BY_COACH, true);
    Assignment assignment = interview(anonymous);
    assertThat(assignment.hidesIdentities()).isTrue();
    assignment.revealIdentities("admin", NOW);
    assertThat(assignment.hidesIdentities()).isFalse();
    assertThat(assignment.identitiesRevealedAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> assignment.revealIdentities("admin", NOW))
        .hasFieldOrPropertyWithValue("messageKey", "assignment.reveal.done");
    assertThatThrownBy(() -> assignment.edit(rules(OPENS, DUE, 1, 0), false, NOW))
        .as("once revealed, anonymity cannot be switched off or on again, hand-ins or not")
        .hasFieldOrPropertyWithValue("messageKey", "assignment.anonymous.locked");
    assertThat(Anonymity.code("6f000001-0000-4000-8000-000000000001")).isEqualTo("6F000001");
  }

  @Test
  void rulesRefuseEachBadInputWithItsField() {
    assertRefused(rules(DUE, OPENS, 1, 0), "dueAt", "assignment.due.beforeOpen");
    assertRefused(rules(OPENS, OPENS, 1, 0), "dueAt", "assignment.due.beforeOpen");
    assertRefused(
        rules(NOW.minusSeconds(7200), NOW.minusSeconds(60), 1, 0), "dueAt", "assignment.due.past");
    assertRefused(rules(OPENS, DUE, 0, 0), "attempts", "assignment.attempts.range");
    assertRefused(rules(OPENS, DUE, 11, 0), "attempts", "assignment.attempts.range");
    assertRefused(rules(OPENS, DUE, 1, -1), "grace", "assignment.grace.range");
    assertRefused(rules(OPENS, DUE, 1, 7 * 24 * 60 + 1), "grace", "assignment.grace.range");
    assertRefused(
        new AssignmentRules(OPENS, DUE, 1, null, 0, ResultRelease.AUTOMATIC, false),
        "latePolicy",
        "assignment.latePolicy.required");
    assertRefused(
        new AssignmentRules(OPENS, DUE, 1, LatePolicy.REFUSE, 0, null, false),
        "release",
        "assignment.release.required");
    assertRefused(
        new AssignmentRules(null, DUE, 1, LatePolicy.REFUSE, 0, ResultRelease.AUTOMATIC, false),
        "opensAt",
        "assignment.time.required");
    assertThat(rules(OPENS, DUE, 10, 7 * 24 * 60).checked(NOW).attemptsAllowed()).isEqualTo(10);
  }

  @Test
  void aCourseKeepsOnlyItsTimes() {
    Assignment course =
        Assignment.course("c-1", "course-1", "SQL basics", rules(OPENS, DUE, 5, 60), "coach", NOW);
    assertThat(course.rules()).isEqualTo(AssignmentRules.forCourse(OPENS, DUE));
  }

  @Test
  void extraTimeStretchesLimitsAndRoundsUpToTheSecond() {
    assertThat(TimeAllowance.scaled(600, new BigDecimal("1.00"))).isEqualTo(600);
    assertThat(TimeAllowance.scaled(600, new BigDecimal("1.50"))).isEqualTo(900);
    assertThat(TimeAllowance.scaled(601, new BigDecimal("1.50"))).isEqualTo(902);
    assertThat(TimeAllowance.scaled(3600, new BigDecimal("1.25"))).isEqualTo(4500);
    assertThat(TimeAllowance.scaled(3 * 3600, new BigDecimal("3.00"))).isEqualTo(9 * 3600);
    assertThatThrownBy(() -> TimeAllowance.scaled(600, new BigDecimal("0.9")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void remindersComeWhenOpenAndWithinTheHoursBeforeTheStudentsOwnDueTime() {
    Deadline deadline = new Deadline(OPENS, DUE, LatePolicy.ACCEPT_LATE, Duration.ZERO);
    assertThat(ReminderKind.dueNow(deadline, 24, OPENS.minusSeconds(1))).isEmpty();
    assertThat(ReminderKind.dueNow(deadline, 24, OPENS)).containsExactly(ReminderKind.OPENED);
    assertThat(ReminderKind.dueNow(deadline, 24, DUE.minusSeconds(24 * 3600 + 1)))
        .containsExactly(ReminderKind.OPENED);
    assertThat(ReminderKind.dueNow(deadline, 24, DUE.minusSeconds(24 * 3600)))
        .containsExactlyInAnyOrder(ReminderKind.OPENED, ReminderKind.DUE_SOON);
    assertThat(ReminderKind.dueNow(deadline, 0, DUE.minusSeconds(60)))
        .containsExactly(ReminderKind.OPENED);
    assertThat(ReminderKind.dueNow(deadline, 24, DUE)).isEmpty();

    Deadline extended =
        new Deadline(OPENS, DUE.plus(Duration.ofDays(3)), LatePolicy.REFUSE, Duration.ZERO);
    assertThat(ReminderKind.dueNow(extended, 24, DUE.minusSeconds(60)))
        .containsExactly(ReminderKind.OPENED);
  }

  private static void assertRefused(AssignmentRules rules, String field, String key) {
    assertThatThrownBy(() -> rules.checked(NOW))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(
            e -> {
              assertThat(((RuleViolationException) e).field()).isEqualTo(field);
              assertThat(((RuleViolationException) e).messageKey()).isEqualTo(key);
            });
  }

  private static Assignment interview(AssignmentRules rules) {
    return Assignment.interview("c-1", TEMPLATE, rules, "coach", NOW);
  }

  private static AssignmentRules rules(Instant opens, Instant due, int attempts, int grace) {
    return new AssignmentRules(
        opens, due, attempts, LatePolicy.ACCEPT_LATE, grace, ResultRelease.BY_COACH, false);
  }

  private static Instant at(String local, ZoneId zone) {
    return BootcampTime.toInstant(LocalDateTime.parse(local), zone, "dueAt");
  }
}
