package app.coachroom.tenancy.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The app's address for links that lead back here from an e-mail: {@code coachroom.public-url} when
 * the server sets it (production, behind a proxy: the request's Host header is not trusted there),
 * else as the person in front of it reached it. Keycloak only follows it if the app's client lists
 * it among its redirect URIs.
 */
final class AppUrl {
  private AppUrl() {}

  static String current() {
    Optional<String> configured =
        ConfigProvider.getConfig().getOptionalValue("coachroom.public-url", String.class);
    if (configured.isPresent() && !configured.get().isBlank()) {
      String url = configured.get().strip();
      return url.endsWith("/") ? url : url + "/";
    }
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
