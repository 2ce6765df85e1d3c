package app.coachroom.tenancy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Ends the app session and the Keycloak session (RP-initiated logout with id_token_hint), then
 * Keycloak sends the browser back to the app, which asks for a new login.
 */
@Named
@RequestScoped
public class SignOut {
  @Inject OpenIdContext openId;
  @Inject OidcLogin oidc;

  public void signOut() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String idToken = openId.getIdentityToken().getToken();
    String endSession =
        openId
            .getProviderMetadata()
            .getString(
                "end_session_endpoint", oidc.getProviderUri() + "/protocol/openid-connect/logout");
    String appHome =
        request.getRequestURL().toString().replace(request.getRequestURI(), "")
            + request.getContextPath()
            + "/";
    external.invalidateSession();
    external.redirect(
        endSession
            + "?id_token_hint="
            + URLEncoder.encode(idToken, StandardCharsets.UTF_8)
            + "&post_logout_redirect_uri="
            + URLEncoder.encode(appHome, StandardCharsets.UTF_8));
    FacesContext.getCurrentInstance().responseComplete();
  }
}
