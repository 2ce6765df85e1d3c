package app.coachroom.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.coachroom.attempt.domain.AnswerInput;
import app.coachroom.attempt.domain.AnswerJson;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The answer codec reads what earlier versions stored and reads back what it writes. */
class AnswerJsonTest {

  @Test
  void readsStoredStarAnswersWithFieldsInAnyOrderOrMissing() {
    assertEquals(
        new AnswerInput.Star("S", "T", "", "R \"q\"\nline"),
        AnswerJson.star(
            "{\"situation\":\"S\",\"task\":\"T\",\"action\":\"\",\"result\":\"R \\\"q\\\"\\nline\"}"));
    assertEquals(new AnswerInput.Star("", "T", "", ""), AnswerJson.star("{\"task\":\"T\"}"));
    assertEquals(new AnswerInput.Star("", "", "", ""), AnswerJson.star(null));
    AnswerInput.Star star = new AnswerInput.Star("Ünal's team", "<b>", "a, b", "€");
    assertEquals(star, AnswerJson.star(AnswerJson.write(star)));
  }

  @Test
  void readsChoicesAndRecordings() {
    assertEquals(List.of(0, 2), AnswerJson.choices("[0,2]"));
    assertEquals(List.of(), AnswerJson.choices(""));
    assertEquals("[1,3]", AnswerJson.write(List.of(1, 3)));
    AnswerJson.Recorded recorded = new AnswerJson.Recorded("audio/webm", 2, 1234);
    assertEquals(
        Optional.of(recorded),
        AnswerJson.recorded("{\"mediaType\":\"audio/webm\",\"take\":2,\"bytes\":1234}"));
    assertEquals(Optional.of(recorded), AnswerJson.recorded(AnswerJson.write(recorded)));
    assertEquals(Optional.empty(), AnswerJson.recorded(null));
  }

  @Test
  void aBodyThatIsNotItsKindsJsonIsAnError() {
    assertThrows(IllegalStateException.class, () -> AnswerJson.star("plain text"));
    assertThrows(IllegalStateException.class, () -> AnswerJson.choices("{\"a\":1}"));
  }
}
