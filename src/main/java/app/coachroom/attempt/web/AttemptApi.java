package app.coachroom.attempt.web;

import app.coachroom.attempt.application.AttemptService;
import app.coachroom.attempt.application.Recordings;
import app.coachroom.attempt.domain.RecordingRules;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.shared.web.rest.Edge;
import app.coachroom.shared.web.rest.JsonAnswer;
import app.coachroom.shared.web.rest.Refusal;
import app.coachroom.shared.web.rest.RequestBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The JSON endpoint the take page talks to while a student answers, under {@code
 * /attempt/api/<attempt>/}:
 *
 * <ul>
 *   <li>{@code GET clock}: the server's clock;
 *   <li>{@code POST answers/<position>}: autosave, with {@code basedOn} (the revision the page
 *       holds) and {@code text}, {@code star} or {@code choices};
 *   <li>{@code POST answering/<position>}: end the preparation early;
 *   <li>{@code POST next/<position>}: leave the question;
 *   <li>{@code POST recordings/<position>/begin|chunks/<take>/<n>|finish}: a recorded answer, in
 *       chunks (see {@link Recordings});
 *   <li>{@code POST diagrams/<position>[/remove]}: the diagram of a system-design answer.
 * </ul>
 *
 * POSTs need the header {@value AttemptHeaderCheck#HEADER} and a JSON (or, for chunks and diagrams,
 * octet-stream) body. Bodies are read whole or not at all ({@link RequestBody}). Failures answer
 * with a status and a {@code message} the page shows; nothing here renders an HTML error page.
 */
@Path("{attempt}")
@RequestScoped
public class AttemptApi {
  private static final String POSITION = "{position: \\d+}";
  private static final String FILE_NAME = "X-File-Name";
  private static final String JSON = "application/json";
  private static final String OCTETS = "application/octet-stream";

  /** The largest request body read (a 50,000-character answer, escaped, fits easily). */
  static final int BODY_MAX = 1_000_000;

  /** The API's URL root. */
  @ApplicationPath("attempt/api")
  public static class Root extends Edge {
    public Root() {
      super("attempt.api", AttemptApi.class, AttemptHeaderCheck.class);
    }
  }

  @Inject AttemptService attempts;
  @Inject Recordings recordings;

  @GET
  @Path("clock")
  public Response clock(@PathParam("attempt") String attemptId) {
    return JsonAnswer.ok(AttemptJson.clock(attempts.clock(attemptId)));
  }

  @POST
  @Path("answers/" + POSITION)
  public Response save(
      @PathParam("attempt") String attemptId,
      @PathParam("position") int position,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
      InputStream in) {
    require(type, JSON, 403);
    JsonObject body = json(in, length);
    return JsonAnswer.ok(
        AttemptJson.saved(
            attempts.save(
                attemptId, position, AttemptJson.basedOn(body), AttemptJson.input(body))));
  }

  @POST
  @Path("answering/" + POSITION)
  public Response startAnswering(
      @PathParam("attempt") String attemptId,
      @PathParam("position") int position,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
    require(type, JSON, 403);
    return JsonAnswer.ok(AttemptJson.clock(attempts.startAnswering(attemptId, position)));
  }

  @POST
  @Path("next/" + POSITION)
  public Response moveOn(
      @PathParam("attempt") String attemptId,
      @PathParam("position") int position,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
    require(type, JSON, 403);
    return JsonAnswer.ok(AttemptJson.clock(attempts.moveOn(attemptId, position)));
  }

  @POST
  @Path("recordings/" + POSITION + "/begin")
  public Response beginRecording(
      @PathParam("attempt") String attemptId,
      @PathParam("position") int position,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
      InputStream in) {
    require(type, JSON, 404);
    String mediaType = json(in, length).getString("mediaType", "");
    return JsonAnswer.ok(AttemptJson.of("take", recordings.begin(attemptId, position, mediaType)));
  }

  @POST
  @Path("recordings/" + POSITION + "/chunks/{take: \\d+}/{seq: \\d+}")
  public Response chunk(
      @PathParam("attempt") String attemptId,
      @PathParam("position") int position,
      @PathParam("take") int take,
      @PathParam("seq") int seq,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
      InputStream in) {
    require(type, OCTETS, 403);
    byte[] data = whole(in, length, RecordingRules.CHUNK_MAX, "attempt.recording.chunk");
    return JsonAnswer.ok(
        AttemptJson.of("bytes", recordings.chunk(attemptId, position, take, seq, data)));
  }

  @POST
  @Path("recordings/" + POSITION + "/finish")
  public Response finishRecording(
      @PathParam("attempt") String attemptId,
      @PathParam("position") int position,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
      InputStream in) {
    require(type, JSON, 404);
    JsonObject body = json(in, length);
    return JsonAnswer.ok(
        AttemptJson.saved(
            recordings.finish(
                attemptId, position, body.getInt("take", -1), body.getInt("chunks", -1))));
  }

  /** The image's bytes as sent, its name in the header {@value #FILE_NAME}, percent-encoded. */
  @POST
  @Path("diagrams/" + POSITION)
  public Response uploadDiagram(
      @PathParam("attempt") String attemptId,
      @PathParam("position") int position,
      @HeaderParam(FILE_NAME) String fileName,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
      InputStream in) {
    require(type, OCTETS, 403);
    byte[] data = whole(in, length, DiagramImage.MAX_BYTES, "question.diagram.tooLarge");
    return JsonAnswer.ok(
        AttemptJson.diagram(attempts.uploadDiagram(attemptId, position, decoded(fileName), data)));
  }

  @POST
  @Path("diagrams/" + POSITION + "/remove")
  public Response removeDiagram(
      @PathParam("attempt") String attemptId,
      @PathParam("position") int position,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
    require(type, JSON, 403);
    return JsonAnswer.ok(AttemptJson.diagram(attempts.removeDiagram(attemptId, position)));
  }

  /** Refuses a request of another content type with the given status. */
  private static void require(String type, String wanted, int status) {
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(wanted)) {
      throw new Refusal(status, status == 403 ? "attempt.api.forbidden" : "attempt.api.unknown");
    }
  }

  private static byte[] whole(InputStream in, long length, int max, String tooLargeKey) {
    return RequestBody.whole(in, length, max, tooLargeKey, "attempt.api.incomplete");
  }

  private static JsonObject json(InputStream in, long length) {
    byte[] bytes = whole(in, length, BODY_MAX, "attempt.api.tooLarge");
    return RequestBody.json(bytes, "attempt.api.badRequest");
  }

  private static String decoded(String header) {
    if (header == null) {
      return null;
    }
    try {
      return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
