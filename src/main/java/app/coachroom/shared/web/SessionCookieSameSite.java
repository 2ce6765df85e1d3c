package app.coachroom.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie SameSite=Lax: other sites cannot make a signed-in browser send it with
 * their forms, while the sign-in redirect back from Keycloak (a top-level GET) still carries it.
 * Set through the Servlet 6 API because Payara ignores the web.xml cookie attribute element and
 * WildFly's handler file does not exist on Payara.
 */
@WebListener
public class SessionCookieSameSite implements ServletContextListener {
  @Override
  public void contextInitialized(ServletContextEvent event) {
    event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Lax");
  }
}
