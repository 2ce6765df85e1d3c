package app.coachroom.attempt.web;

import app.coachroom.attempt.application.Recordings;
import app.coachroom.shared.web.FailureStatus;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Plays a recorded answer back to the student who recorded it: {@code
 * /attempt/recording/<attempt>/<position>}, streamed chunk by chunk from the database, as an
 * attachment that cannot be sniffed into anything else (an audio or video element still plays it).
 */
@WebServlet("/attempt/recording/*")
public class RecordingServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject Recordings recordings;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    AttemptPath path = AttemptPath.of(req);
    if (path == null) {
      resp.sendError(404);
      return;
    }
    int position = path.position();
    try {
      OutputStream out = resp.getOutputStream();
      recordings.stream(
          path.attemptId(),
          position,
          (type, bytes, number) -> {
            resp.setContentType(type);
            resp.setContentLengthLong(bytes);
            String extension = type.substring(type.indexOf('/') + 1);
            resp.setHeader(
                "Content-Disposition",
                "attachment; filename=\"attempt-"
                    + number
                    + "-question-"
                    + (position + 1)
                    + "."
                    + extension
                    + "\"");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
            resp.setHeader("Cache-Control", "private, no-store");
          },
          out);
    } catch (RuntimeException e) {
      int status = FailureStatus.of(e);
      if (status == 0 || resp.isCommitted()) {
        throw e;
      }
      resp.reset();
      resp.sendError(status);
    }
  }
}
