package app.coachroom.tenancy.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdConstant;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak returns after login. The mechanism has exchanged the code by the time this runs;
 * it sends the user on to the page they asked for, without code and state in the URL.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject OpenIdContext openId;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String home = req.getContextPath() + "/";
    String target =
        openId
            .getStoredValue(req, resp, OpenIdConstant.ORIGINAL_REQUEST)
            .map(String::valueOf)
            .filter(url -> isOwnPage(req, url))
            .orElse(home);
    resp.sendRedirect(target);
  }

  private static boolean isOwnPage(HttpServletRequest req, String url) {
    String base =
        req.getRequestURL().toString().replace(req.getRequestURI(), "") + req.getContextPath();
    return url.startsWith(base + "/") && !url.startsWith(base + "/callback");
  }
}
