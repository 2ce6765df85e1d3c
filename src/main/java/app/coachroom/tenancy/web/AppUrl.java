package app.coachroom.tenancy.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/**
 * The app's address as the person in front of it reached it (scheme, host, port, context path), for
 * links that lead back here from an e-mail. Keycloak only follows it if the app's client lists it
 * among its redirect URIs.
 */
final class AppUrl {
  private AppUrl() {}

  static String current() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    int port = context.getRequestServerPort();
    String scheme = context.getRequestScheme();
    boolean defaultPort =
        (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    return scheme
        + "://"
        + context.getRequestServerName()
        + (defaultPort ? "" : ":" + port)
        + context.getRequestContextPath()
        + "/";
  }
}
