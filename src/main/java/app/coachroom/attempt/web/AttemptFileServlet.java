package app.coachroom.attempt.web;

import app.coachroom.attempt.application.AnswerFiles;
import app.coachroom.attempt.application.AttemptService;
import app.coachroom.questionbank.web.DiagramServlet;
import app.coachroom.shared.web.FailureStatus;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Serves the files of an attempt as attachments that cannot be sniffed into anything else (an
 * audio, video or img element still shows them):
 *
 * <ul>
 *   <li>{@code /attempt/diagram/<attempt>/<position>}: the diagram a question shows, to the student
 *       sitting it once the question is reached ({@link AttemptService#diagram});
 *   <li>{@code /attempt/recording/<attempt>/<position>}: a recorded answer, streamed chunk by chunk
 *       from the database;
 *   <li>{@code /attempt/answer-diagram/<attempt>/<position>}: the diagram uploaded with a
 *       system-design answer.
 * </ul>
 *
 * Answers' files go to whoever {@link AnswerFiles} lets see them.
 */
@WebServlet({
  AttemptFileServlet.QUESTION_DIAGRAM + "*",
  AttemptFileServlet.RECORDING + "*",
  AttemptFileServlet.DIAGRAM + "*"
})
public class AttemptFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String QUESTION_DIAGRAM = "/attempt/diagram/";
  static final String RECORDING = "/attempt/recording/";
  static final String DIAGRAM = "/attempt/answer-diagram/";

  @Inject AnswerFiles files;
  @Inject AttemptService attempts;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    AttemptPath path = AttemptPath.of(req);
    if (path == null) {
      resp.sendError(404);
      return;
    }
    try {
      switch (req.getServletPath() + "/") {
        case QUESTION_DIAGRAM ->
            DiagramServlet.send(
                resp,
                attempts.diagram(path.attemptId(), path.position()),
                "diagram-" + (path.position() + 1));
        case DIAGRAM -> diagram(resp, path);
        default -> recording(resp, path);
      }
    } catch (RuntimeException e) {
      int status = FailureStatus.of(e);
      if (status == 0 || resp.isCommitted()) {
        throw e;
      }
      resp.reset();
      resp.sendError(status);
    }
  }

  private void diagram(HttpServletResponse resp, AttemptPath path) throws IOException {
    AnswerFiles.Uploaded uploaded = files.diagram(path.attemptId(), path.position());
    DiagramServlet.send(resp, uploaded.image(), name(uploaded.attemptNumber(), path, "-diagram"));
  }

  private void recording(HttpServletResponse resp, AttemptPath path) throws IOException {
    OutputStream out = resp.getOutputStream();
    files.streamRecording(
        path.attemptId(),
        path.position(),
        (type, bytes, number) -> {
          resp.setContentType(type);
          resp.setContentLengthLong(bytes);
          String extension = type.substring(type.indexOf('/') + 1);
          resp.setHeader(
              "Content-Disposition",
              "attachment; filename=\"" + name(number, path, "") + "." + extension + "\"");
          resp.setHeader("X-Content-Type-Options", "nosniff");
          resp.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
          resp.setHeader("Cache-Control", "private, no-store");
        },
        out);
  }

  private static String name(int attemptNumber, AttemptPath path, String suffix) {
    return "attempt-" + attemptNumber + "-question-" + (path.position() + 1) + suffix;
  }
}
