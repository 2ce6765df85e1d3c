package app.coachroom.attempt.web;

import app.coachroom.attempt.application.ClockView;
import app.coachroom.attempt.application.DiagramSaved;
import app.coachroom.attempt.application.SaveResult;
import app.coachroom.attempt.domain.AnswerInput;
import app.coachroom.attempt.domain.UploadedDiagram;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.rest.JsonAnswer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** The JSON the take page and the attempt API exchange: what a save sends, what each answers. */
final class AttemptJson {
  private AttemptJson() {}

  /** The revision a save is based on; refused when the request has none. */
  static int basedOn(JsonObject body) {
    JsonValue value = body.get("basedOn");
    if (value instanceof JsonNumber number && number.isIntegral()) {
      return number.intValue();
    }
    throw new RuleViolationException(null, "attempt.api.badRequest");
  }

  /** The answer a save sends: {@code text}, {@code star} or {@code choices}. */
  static AnswerInput input(JsonObject body) {
    if (body.get("text") instanceof JsonString text) {
      return new AnswerInput.Text(text.getString());
    }
    if (body.get("star") instanceof JsonObject star) {
      return new AnswerInput.Star(
          field(star, "situation"),
          field(star, "task"),
          field(star, "action"),
          field(star, "result"));
    }
    if (body.get("choices") instanceof JsonArray array) {
      List<Integer> selected = new ArrayList<>();
      for (JsonValue value : array) {
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
          throw new RuleViolationException(null, "attempt.answer.noSuchChoice");
        }
        selected.add(number.intValue());
      }
      return new AnswerInput.Choices(selected);
    }
    throw new RuleViolationException(null, "attempt.api.badRequest");
  }

  private static String field(JsonObject star, String name) {
    return star.get(name) instanceof JsonString text ? text.getString() : "";
  }

  static JsonObject clock(ClockView clock) {
    return clockBuilder(clock).build();
  }

  private static JsonObjectBuilder clockBuilder(ClockView clock) {
    return Json.createObjectBuilder()
        .add("phase", clock.phase().name())
        .add("position", clock.position())
        .add("phaseSecondsLeft", clock.phaseSecondsLeft())
        .add("secondsLeft", clock.secondsLeft());
  }

  static JsonObject saved(SaveResult result) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("outcome", result.outcome().name())
            .add("revision", result.revision())
            .add("clock", clockBuilder(result.clock()));
    if (result.savedAt() != null) {
      json.add("savedAt", result.savedAt().toString());
    }
    if (result.messageKey() != null) {
      json.add("message", JsonAnswer.text(result.messageKey()));
    }
    return json.build();
  }

  static JsonObject diagram(DiagramSaved saved) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("outcome", "SAVED")
            .add("clock", clockBuilder(saved.clock()));
    UploadedDiagram d = saved.diagram();
    if (d != null) {
      json.add(
          "diagram",
          Json.createObjectBuilder()
              .add("fileName", d.fileName())
              .add("kilobytes", d.kilobytes())
              .add("sha256", d.sha256())
              .add("uploadedAt", d.uploadedAt().toString()));
    }
    return json.build();
  }

  static JsonObject of(String name, long value) {
    return Json.createObjectBuilder().add(name, value).build();
  }
}
