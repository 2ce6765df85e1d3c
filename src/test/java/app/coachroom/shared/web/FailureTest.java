package app.coachroom.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import jakarta.persistence.OptimisticLockException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class FailureTest {

  @Test
  void theKindIsFoundWhereverTheServicesExceptionSitsInTheChain() {
    assertEquals(Failure.NOT_FOUND, Failure.of(wrapped(new NotFoundException("Attempt", "x"))));
    assertEquals(Failure.NOT_ALLOWED, Failure.of(wrapped(new AccessDeniedException("no"))));
    assertEquals(Failure.CONFLICT, Failure.of(wrapped(new OptimisticLockException("stale"))));
    assertEquals(Failure.OUTAGE, Failure.of(wrapped(new ConnectException("refused"))));
    assertEquals(Failure.RULE_VIOLATION, Failure.of(new RuleViolationException("f", "k")));
    assertEquals(Failure.BUG, Failure.of(wrapped(new IllegalStateException("oops"))));
  }

  @Test
  void downloadsAnswerAsTheErrorPagesDid() {
    assertEquals(404, Failure.NOT_FOUND.downloadStatus());
    assertEquals(403, Failure.NOT_ALLOWED.downloadStatus());
    assertEquals(503, Failure.OUTAGE.downloadStatus());
    assertEquals(500, Failure.RULE_VIOLATION.downloadStatus());
    assertEquals(500, Failure.CONFLICT.downloadStatus());
  }

  private static RuntimeException wrapped(Throwable cause) {
    return new RuntimeException("transaction", new RuntimeException("interceptor", cause));
  }
}
