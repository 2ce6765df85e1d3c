package app.coachroom.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coachroom.outbox.domain.OutboxMessage;
import app.coachroom.outbox.domain.OutboxStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {
  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(10);

  private static OutboxMessage message() {
    return new OutboxMessage("TEST_MAIL", "test:1", "s-1", "t-1", NOW);
  }

  @Test
  void aClaimHoldsTheMessageForItsLeaseThenAnotherServerMayTakeIt() {
    OutboxMessage m = message();
    assertThat(m.claimable(NOW)).isTrue();
    m.claim(NOW, LEASE);
    assertThat(m.status()).isEqualTo(OutboxStatus.SENDING);
    assertThat(m.tries()).isEqualTo(1);
    assertThat(m.claimable(NOW.plus(LEASE))).isFalse();
    assertThatThrownBy(() -> m.claim(NOW.plusSeconds(1), LEASE))
        .isInstanceOf(IllegalStateException.class);

    Instant later = NOW.plus(LEASE).plusSeconds(1);
    assertThat(m.claimable(later)).isTrue();
    m.claim(later, LEASE);
    assertThat(m.tries()).isEqualTo(2);
    m.written("Open now: " + "x".repeat(300));
    m.sent(later);
    assertThat(m.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(m.mailSubject()).hasSize(OutboxMessage.SUBJECT_LENGTH).startsWith("Open now: ");
    assertThat(m.claimable(later.plus(Duration.ofDays(1)))).isFalse();
  }

  @Test
  void failuresWaitLongerEachTimeAndStopAfterTheLastTry() {
    OutboxMessage m = message();
    Instant t = NOW;
    for (int i = 1; i < OutboxMessage.MAX_TRIES; i++) {
      m.claim(t, LEASE);
      m.failed(t, "SMTP said no " + i);
      assertThat(m.status()).isEqualTo(OutboxStatus.PENDING);
      assertThat(m.lastError()).isEqualTo("SMTP said no " + i);
      assertThat(m.notBefore()).isEqualTo(t.plus(Duration.ofMinutes((long) i * i)));
      assertThat(m.claimable(m.notBefore().minusSeconds(1))).isFalse();
      t = m.notBefore();
    }
    m.claim(t, LEASE);
    m.failed(t, "x".repeat(2000));
    assertThat(m.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(m.tries()).isEqualTo(OutboxMessage.MAX_TRIES);
    assertThat(m.lastError()).hasSize(OutboxMessage.ERROR_LENGTH);
    assertThat(m.claimable(t.plus(Duration.ofDays(30)))).isFalse();

    m.retry(t);
    assertThat(m.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(m.tries()).isZero();
    assertThat(m.lastError()).isNull();
  }

  @Test
  void writtenAgainWhileBeingSentItStaysDueAfterTheSend() {
    OutboxMessage m = message();
    m.claim(NOW, LEASE);
    m.renew(NOW.plusSeconds(5));
    m.sent(NOW.plusSeconds(6));
    assertThat(m.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(m.sentAt()).isNull();
    assertThat(m.claimable(NOW.plusSeconds(6))).isTrue();
  }

  @Test
  void onlyAFailedMessageIsSentAgainByHand() {
    OutboxMessage m = message();
    assertThatThrownBy(() -> m.retry(NOW)).isInstanceOf(IllegalStateException.class);
    m.claim(NOW, LEASE);
    m.skipped(NOW, "taken back");
    assertThat(m.status()).isEqualTo(OutboxStatus.SKIPPED);
    assertThat(m.lastError()).isEqualTo("taken back");
    assertThat(m.claimable(NOW.plus(Duration.ofDays(1)))).isFalse();
  }
}
