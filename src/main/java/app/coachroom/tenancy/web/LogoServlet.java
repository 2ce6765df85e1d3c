package app.coachroom.tenancy.web;

import app.coachroom.shared.web.FailureStatus;
import app.coachroom.tenancy.application.TenantSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Serves the active tenant's logo ({@code /tenancy/logo?v=<stamp>}) to its members: the type
 * detected at upload, unsniffable, sandboxed; cached privately, since a new logo changes the URL.
 */
@WebServlet("/tenancy/logo")
public class LogoServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject TenantSettings settings;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Optional<TenantSettings.Logo> logo;
    try {
      logo = settings.logo();
    } catch (RuntimeException e) {
      int status = FailureStatus.of(e);
      if (status == 0) {
        throw e;
      }
      resp.sendError(status);
      return;
    }
    if (logo.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] bytes = logo.get().data();
    resp.setContentType(logo.get().mediaType());
    resp.setContentLength(bytes.length);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    resp.setHeader("Cache-Control", "private, max-age=86400");
    try (OutputStream out = resp.getOutputStream()) {
      out.write(bytes);
    }
  }
}
