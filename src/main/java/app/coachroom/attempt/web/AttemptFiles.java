package app.coachroom.attempt.web;

import app.coachroom.attempt.application.AnswerFiles;
import app.coachroom.attempt.application.AttemptService;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.shared.web.rest.Download;
import app.coachroom.shared.web.rest.Edge;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The files of an attempt, each under its own URL root and {@code /<attempt>/<position>}, as
 * attachments that cannot be sniffed into anything else:
 *
 * <ul>
 *   <li>{@code /attempt/diagram/…}: the diagram a question shows, to the student sitting it once
 *       the question is reached ({@link AttemptService#diagram});
 *   <li>{@code /attempt/recording/…}: a recorded answer, streamed chunk by chunk from the database;
 *   <li>{@code /attempt/answer-diagram/…}: the diagram uploaded with a system-design answer.
 * </ul>
 *
 * Answers' files go to whoever {@link AnswerFiles} lets see them.
 */
public final class AttemptFiles {
  private static final String TAIL = "{attempt}/{position: \\d{1,3}}";

  private AttemptFiles() {}

  /** {@code /attempt/diagram/<attempt>/<position>}. */
  @Path(TAIL)
  @RequestScoped
  public static class QuestionDiagram {
    @Inject AttemptService attempts;

    @GET
    public Response get(@PathParam("attempt") String attemptId, @PathParam("position") int at) {
      DiagramImage image = attempts.diagram(attemptId, at);
      return Download.attachment(
              image.mediaType(), image.bytes(), "diagram-" + (at + 1) + "." + image.extension())
          .build();
    }

    /** Its URL root. */
    @ApplicationPath("attempt/diagram")
    public static class Root extends Edge {
      public Root() {
        super(QuestionDiagram.class);
      }
    }
  }

  /** {@code /attempt/answer-diagram/<attempt>/<position>}. */
  @Path(TAIL)
  @RequestScoped
  public static class AnswerDiagram {
    @Inject AnswerFiles files;

    @GET
    public Response get(@PathParam("attempt") String attemptId, @PathParam("position") int at) {
      AnswerFiles.Uploaded uploaded = files.diagram(attemptId, at);
      DiagramImage image = uploaded.image();
      String name = uploaded.fileName() + "-diagram." + image.extension();
      return Download.attachment(image.mediaType(), image.bytes(), name).build();
    }

    /** Its URL root. */
    @ApplicationPath("attempt/answer-diagram")
    public static class Root extends Edge {
      public Root() {
        super(AnswerDiagram.class);
      }
    }
  }

  /** {@code /attempt/recording/<attempt>/<position>}. */
  @Path(TAIL)
  @RequestScoped
  public static class Recording {
    @Inject AnswerFiles files;

    @GET
    public Response get(@PathParam("attempt") String attemptId, @PathParam("position") int at) {
      AnswerFiles.RecordedFile file = files.recording(attemptId, at);
      String type = file.mediaType();
      String name = file.fileName() + "." + type.substring(type.indexOf('/') + 1);
      StreamingOutput body = out -> files.write(file, out);
      return Download.attachment(Response.ok(body), type, file.bytes(), name).build();
    }

    /** Its URL root. */
    @ApplicationPath("attempt/recording")
    public static class Root extends Edge {
      public Root() {
        super(Recording.class);
      }
    }
  }
}
