package app.coachroom.attempt.web;

import app.coachroom.attempt.application.AttemptService;
import app.coachroom.attempt.application.ClockView;
import app.coachroom.attempt.application.DiagramSaved;
import app.coachroom.attempt.application.Recordings;
import app.coachroom.attempt.application.SaveResult;
import app.coachroom.attempt.domain.AnswerInput;
import app.coachroom.attempt.domain.RecordingRules;
import app.coachroom.attempt.domain.UploadedDiagram;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.FailureStatus;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JSON endpoint the take page talks to while a student answers:
 *
 * <ul>
 *   <li>{@code GET /attempt/api/<attempt>/clock}: the server's clock;
 *   <li>{@code POST /attempt/api/<attempt>/answers/<position>}: autosave, with {@code basedOn} (the
 *       revision the page holds) and {@code text}, {@code star} or {@code choices};
 *   <li>{@code POST /attempt/api/<attempt>/answering/<position>}: end the preparation early;
 *   <li>{@code POST /attempt/api/<attempt>/next/<position>}: leave the question;
 *   <li>{@code POST /attempt/api/<attempt>/recordings/<position>/...}: a recorded answer, in chunks
 *       (see {@link Recordings});
 *   <li>{@code POST /attempt/api/<attempt>/diagrams/<position>[/remove]}: the diagram of a
 *       system-design answer.
 * </ul>
 *
 * POSTs need the header {@value #HEADER} and a JSON (or, for chunks and diagrams, octet-stream)
 * body: a cross-site form cannot send either, so no other site can make a signed-in student's
 * browser save or move on. Failures answer with a status and a {@code message} the page shows;
 * nothing here renders an HTML error page.
 */
@WebServlet(AttemptApi.PATH + "*")
public class AttemptApi extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AttemptApi.class.getName());
  static final String PATH = "/attempt/api/";
  static final String HEADER = "X-Coachroom-Attempt";
  static final String FILE_NAME = "X-File-Name";

  /** The largest request body read (a 50,000-character answer, escaped, fits easily). */
  static final int BODY_MAX = 1_000_000;

  private static final String BUNDLE = "app.coachroom.messages";

  @Inject AttemptService attempts;
  @Inject Recordings recordings;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String[] parts = parts(req);
    if (parts.length != 2 || !"clock".equals(parts[1])) {
      fail(resp, 404, "attempt.api.unknown");
      return;
    }
    run(resp, () -> clock(attempts.clock(parts[0])).build());
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String[] parts = parts(req);
    if (req.getHeader(HEADER) == null) {
      fail(resp, 403, "attempt.api.forbidden");
      return;
    }
    if (parts.length >= 3 && "recordings".equals(parts[1])) {
      recording(req, resp, parts);
      return;
    }
    if (parts.length >= 3 && "diagrams".equals(parts[1])) {
      diagram(req, resp, parts);
      return;
    }
    if (!hasType(req, "application/json")) {
      fail(resp, 403, "attempt.api.forbidden");
      return;
    }
    if (parts.length != 3 || position(parts[2]) == null) {
      fail(resp, 404, "attempt.api.unknown");
      return;
    }
    String attemptId = parts[0];
    int position = position(parts[2]);
    switch (parts[1]) {
      case "answers" -> {
        JsonObject body = body(req, resp);
        if (body != null) {
          run(resp, () -> saved(attempts.save(attemptId, position, basedOn(body), input(body))));
        }
      }
      case "answering" ->
          run(resp, () -> clock(attempts.startAnswering(attemptId, position)).build());
      case "next" -> run(resp, () -> clock(attempts.moveOn(attemptId, position)).build());
      default -> fail(resp, 404, "attempt.api.unknown");
    }
  }

  /**
   * {@code recordings/<position>/begin} (JSON {@code mediaType}), {@code
   * recordings/<position>/chunks/<take>/<n>} (the chunk's bytes) and {@code
   * recordings/<position>/finish} (JSON {@code take} and {@code chunks}).
   */
  private void recording(HttpServletRequest req, HttpServletResponse resp, String[] parts)
      throws IOException {
    String attemptId = parts[0];
    Integer position = position(parts[2]);
    if (position == null || parts.length < 4) {
      fail(resp, 404, "attempt.api.unknown");
      return;
    }
    if (parts.length == 6 && "chunks".equals(parts[3])) {
      Integer take = position(parts[4]);
      Integer seq = position(parts[5]);
      if (take == null || seq == null) {
        fail(resp, 404, "attempt.api.unknown");
        return;
      }
      if (!hasType(req, "application/octet-stream")) {
        fail(resp, 403, "attempt.api.forbidden");
        return;
      }
      byte[] data = whole(req, resp, RecordingRules.CHUNK_MAX, "attempt.recording.chunk");
      if (data == null) {
        return;
      }
      run(
          resp,
          () ->
              Json.createObjectBuilder()
                  .add("bytes", recordings.chunk(attemptId, position, take, seq, data))
                  .build());
      return;
    }
    if (parts.length != 4 || !hasType(req, "application/json")) {
      fail(resp, 404, "attempt.api.unknown");
      return;
    }
    JsonObject body = body(req, resp);
    if (body == null) {
      return;
    }
    switch (parts[3]) {
      case "begin" ->
          run(
              resp,
              () ->
                  Json.createObjectBuilder()
                      .add(
                          "take",
                          recordings.begin(attemptId, position, body.getString("mediaType", "")))
                      .build());
      case "finish" ->
          run(
              resp,
              () ->
                  saved(
                      recordings.finish(
                          attemptId,
                          position,
                          body.getInt("take", -1),
                          body.getInt("chunks", -1))));
      default -> fail(resp, 404, "attempt.api.unknown");
    }
  }

  /**
   * {@code diagrams/<position>} (the image's bytes as sent, its name in the header {@value
   * #FILE_NAME}, percent-encoded) and {@code diagrams/<position>/remove}.
   */
  private void diagram(HttpServletRequest req, HttpServletResponse resp, String[] parts)
      throws IOException {
    String attemptId = parts[0];
    Integer position = position(parts[2]);
    if (position == null || parts.length > 4 || (parts.length == 4 && !"remove".equals(parts[3]))) {
      fail(resp, 404, "attempt.api.unknown");
      return;
    }
    if (!hasType(req, parts.length == 4 ? "application/json" : "application/octet-stream")) {
      fail(resp, 403, "attempt.api.forbidden");
      return;
    }
    if (parts.length == 4) {
      run(resp, () -> diagram(attempts.removeDiagram(attemptId, position)));
      return;
    }
    byte[] data = whole(req, resp, DiagramImage.MAX_BYTES, "question.diagram.tooLarge");
    if (data == null) {
      return;
    }
    String name = fileName(req.getHeader(FILE_NAME));
    run(resp, () -> diagram(attempts.uploadDiagram(attemptId, position, name, data)));
  }

  private static String fileName(String header) {
    if (header == null) {
      return null;
    }
    try {
      return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static JsonObject diagram(DiagramSaved saved) {
    JsonObjectBuilder json =
        Json.createObjectBuilder().add("outcome", "SAVED").add("clock", clock(saved.clock()));
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

  private static boolean hasType(HttpServletRequest req, String wanted) {
    String type = req.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith(wanted);
  }

  private static String[] parts(HttpServletRequest req) {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    return path.replaceFirst("^/", "").split("/");
  }

  private static Integer position(String text) {
    try {
      int value = Integer.parseInt(text);
      return value >= 0 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The request's JSON object, or null after answering 400 or 413. */
  private JsonObject body(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    byte[] bytes = whole(req, resp, BODY_MAX, "attempt.api.tooLarge");
    if (bytes == null) {
      return null;
    }
    try (JsonReader reader =
        Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      fail(resp, 400, "attempt.api.badRequest");
      return null;
    }
  }

  /**
   * The request's body as sent, or null after answering 413 (over {@code max} bytes) or 503: a body
   * cut short (the connection dropped mid-request, or fewer bytes than its Content-Length) is never
   * used, so half a chunk or half an answer is not stored as if it were whole; 503 makes the page
   * send it again, as it does after any failure on the way.
   */
  private static byte[] whole(HttpServletRequest req, HttpServletResponse resp, int max, String big)
      throws IOException {
    byte[] bytes;
    try (InputStream in = req.getInputStream()) {
      bytes = in.readNBytes(max + 1);
    } catch (IOException e) {
      LOG.log(Level.FINE, "A request body was cut short", e);
      try {
        fail(resp, 503, "attempt.api.incomplete");
      } catch (IOException | IllegalStateException gone) {
        // nobody is listening any more
      }
      return null;
    }
    if (bytes.length > max) {
      fail(resp, 413, big);
      return null;
    }
    long declared = req.getContentLengthLong();
    if (declared >= 0 && bytes.length != declared) {
      fail(resp, 503, "attempt.api.incomplete");
      return null;
    }
    return bytes;
  }

  private static int basedOn(JsonObject body) {
    JsonValue value = body.get("basedOn");
    if (value instanceof JsonNumber number && number.isIntegral()) {
      return number.intValue();
    }
    throw new RuleViolationException(null, "attempt.api.badRequest");
  }

  private static AnswerInput input(JsonObject body) {
    if (body.get("text") instanceof jakarta.json.JsonString text) {
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
    return star.get(name) instanceof jakarta.json.JsonString text ? text.getString() : "";
  }

  private static JsonObjectBuilder clock(ClockView clock) {
    return Json.createObjectBuilder()
        .add("phase", clock.phase().name())
        .add("position", clock.position())
        .add("phaseSecondsLeft", clock.phaseSecondsLeft())
        .add("secondsLeft", clock.secondsLeft());
  }

  private JsonObject saved(SaveResult result) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("outcome", result.outcome().name())
            .add("revision", result.revision())
            .add("clock", clock(result.clock()));
    if (result.savedAt() != null) {
      json.add("savedAt", result.savedAt().toString());
    }
    if (result.messageKey() != null) {
      json.add("message", text(result.messageKey()));
    }
    return json.build();
  }

  private interface Call {
    JsonObject run();
  }

  private void run(HttpServletResponse resp, Call call) throws IOException {
    JsonObject result;
    try {
      result = call.run();
    } catch (RuleViolationException e) {
      fail(resp, 400, e.messageKey(), e.args());
      return;
    } catch (RuntimeException e) {
      int status = FailureStatus.of(e);
      if (status == 404) {
        fail(resp, 404, "attempt.api.notFound");
      } else if (status == 403) {
        fail(resp, 403, "attempt.api.forbidden");
      } else if (isContention(e)) {
        fail(resp, 503, "attempt.api.busy");
      } else {
        LOG.log(Level.WARNING, "Attempt request failed", e);
        fail(resp, 500, "attempt.api.failed");
      }
      return;
    }
    write(resp, 200, result);
  }

  private static boolean isContention(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof PessimisticLockException) {
        return true;
      }
    }
    return false;
  }

  private static void fail(HttpServletResponse resp, int status, String key, Object... args)
      throws IOException {
    write(resp, status, Json.createObjectBuilder().add("message", text(key, args)).build());
  }

  private static void write(HttpServletResponse resp, int status, JsonObject json)
      throws IOException {
    resp.setStatus(status);
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.getWriter().write(json.toString());
  }

  private static String text(String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
  }
}
