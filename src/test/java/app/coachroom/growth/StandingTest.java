package app.coachroom.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coachroom.growth.domain.Standing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a student stands in a competency: current level, how many interviews, falling. */
class StandingTest {

  @Test
  void theCurrentLevelIsTheMeanOfTheLastThreeInterviews() {
    assertThat(Standing.of(List.of(40.0))).isEqualTo(new Standing(40, 1, false));
    assertThat(Standing.of(List.of(40.0, 60.0))).isEqualTo(new Standing(50, 2, false));
    assertThat(Standing.of(List.of(10.0, 40.0, 60.0, 80.0))).isEqualTo(new Standing(60, 3, false));
  }

  @Test
  void threeFallsInARowOrOneDeepDropIsFalling() {
    assertThat(Standing.of(List.of(90.0, 80.0, 70.0)).falling()).as("each lower").isTrue();
    assertThat(Standing.of(List.of(90.0, 80.0, 80.0)).falling()).as("level, not lower").isFalse();
    // before the last: mean(70, 80, 90) = 80; the last, 65, is exactly 15 under it
    assertThat(Standing.of(List.of(70.0, 80.0, 90.0, 65.0)).falling()).isTrue();
    assertThat(Standing.of(List.of(70.0, 80.0, 90.0, 66.0)).falling()).isFalse();
    assertThat(Standing.of(List.of(80.0, 60.0)).falling()).as("20 under the one before").isTrue();
    assertThat(Standing.of(List.of(50.0, 60.0, 70.0)).falling()).as("rising").isFalse();
  }

  @Test
  void aLevelIsTheShareOfThePossiblePoints() {
    assertThat(Standing.level(3, 4)).isEqualTo(75.0);
    assertThat(Standing.level(0, 1)).isEqualTo(0.0);
    assertThatThrownBy(() -> Standing.level(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Standing.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
