package app.coachroom.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.NotFoundException;
import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;

class StatusExceptionHandlerTest {

  @Test
  void wrappedNotFoundAndForbiddenMapToTheirStatus() {
    assertThat(StatusExceptionHandler.statusFor(new NotFoundException("Cohort", "x")))
        .isEqualTo(404);
    assertThat(
            StatusExceptionHandler.statusFor(
                new FacesException(new RuntimeException(new AccessDeniedException("no")))))
        .isEqualTo(403);
  }

  @Test
  void otherErrorsAreLeftToTheGenericHandler() {
    assertThat(StatusExceptionHandler.statusFor(new IllegalStateException("boom"))).isZero();
  }
}
