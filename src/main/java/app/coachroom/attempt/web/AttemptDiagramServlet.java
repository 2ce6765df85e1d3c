package app.coachroom.attempt.web;

import app.coachroom.attempt.application.AttemptService;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.questionbank.web.DiagramServlet;
import app.coachroom.shared.web.FailureStatus;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the diagram a question shows to the student sitting it: {@code
 * /attempt/diagram/<attempt>/<position>}. Only the attempt's own student gets it (the service
 * checks), the same way coaches get diagrams from the question bank.
 */
@WebServlet("/attempt/diagram/*")
public class AttemptDiagramServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject AttemptService attempts;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    AttemptPath path = AttemptPath.of(req);
    if (path == null) {
      resp.sendError(404);
      return;
    }
    DiagramImage image;
    try {
      image = attempts.diagram(path.attemptId(), path.position());
    } catch (RuntimeException e) {
      int status = FailureStatus.of(e);
      if (status == 0) {
        throw e;
      }
      resp.sendError(status);
      return;
    }
    DiagramServlet.send(resp, image, "diagram-" + (path.position() + 1));
  }
}
