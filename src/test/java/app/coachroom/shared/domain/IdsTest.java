package app.coachroom.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void newIdsAreWellFormedAndDistinct() {
    String a = Ids.newId();
    String b = Ids.newId();
    assertThat(Ids.isWellFormed(a)).isTrue();
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void anythingElseIsNotLookedUp() {
    assertThat(Ids.isWellFormed(null)).isFalse();
    assertThat(Ids.isWellFormed("1")).isFalse();
    assertThat(Ids.isWellFormed("' or 1=1 --")).isFalse();
    assertThat(Ids.isWellFormed("30000000-0000-4000-8000-00000000000G")).isFalse();
    assertThat(Ids.isWellFormed("30000000-0000-4000-8000-000000000001")).isTrue();
  }
}
