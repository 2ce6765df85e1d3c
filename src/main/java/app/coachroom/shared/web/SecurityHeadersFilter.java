package app.coachroom.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every response: no sniffing, no framing, and pages not cached, so after sign-out the
 * back button asks the server again (and lands on the login page) instead of showing a stale page.
 * PrimeFaces adds the script nonce policy (primefaces.CSP).
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final String RESOURCES = "/jakarta.faces.resource/";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "same-origin");
    if (!req.getRequestURI().contains(RESOURCES)) {
      res.setHeader("Cache-Control", "no-store");
      res.setHeader(
          "Content-Security-Policy", "object-src 'none'; base-uri 'self'; frame-ancestors 'none'");
    }
    chain.doFilter(req, res);
  }
}
