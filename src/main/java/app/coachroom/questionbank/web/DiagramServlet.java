package app.coachroom.questionbank.web;

import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.shared.web.FailureStatus;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Serves a stored diagram: {@code /questionbank/diagram/<id>}. Only the tenant's coaches and admins
 * get it (the service checks), with the type detected at upload, as an attachment under a generated
 * name, unsniffable and sandboxed: an {@code <img>} shows it, opening the URL downloads it.
 */
@WebServlet(DiagramServlet.PATH + "*")
public class DiagramServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String PATH = "/questionbank/diagram/";

  @Inject QuestionService questions;

  /** The URL of a diagram, relative to the application. */
  public static String url(String diagramId) {
    return PATH + diagramId;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String id = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
    DiagramImage image;
    try {
      image = questions.diagram(id);
    } catch (RuntimeException e) {
      int status = FailureStatus.of(e);
      if (status == 0) {
        throw e;
      }
      resp.sendError(status);
      return;
    }
    send(resp, image, "diagram-" + id);
  }

  /**
   * Writes a stored diagram as an attachment under a generated name, with the type detected at
   * upload, unsniffable and sandboxed (also for diagrams shown in attempts).
   */
  public static void send(HttpServletResponse resp, DiagramImage image, String name)
      throws IOException {
    byte[] bytes = image.bytes();
    resp.setContentType(image.mediaType());
    resp.setContentLength(bytes.length);
    resp.setHeader(
        "Content-Disposition", "attachment; filename=\"" + name + "." + image.extension() + "\"");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    resp.setHeader("Cache-Control", "private, no-store");
    try (OutputStream out = resp.getOutputStream()) {
      out.write(bytes);
    }
  }
}
