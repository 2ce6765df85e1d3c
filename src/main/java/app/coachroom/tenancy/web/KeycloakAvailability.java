package app.coachroom.tenancy.web;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Before the OIDC mechanism sends a stranger to Keycloak, checks that Keycloak answers. If not, the
 * browser gets the app's "service unavailable" page (503) instead of a connection error on
 * Keycloak's address.
 */
@Decorator
@Dependent
@Priority(Interceptor.Priority.APPLICATION)
public abstract class KeycloakAvailability implements HttpAuthenticationMechanism {
  @Inject @Delegate @Any HttpAuthenticationMechanism mechanism;
  @Inject KeycloakProbe keycloak;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    boolean wouldRedirectToKeycloak =
        context.isProtected()
            && request.getUserPrincipal() == null
            && request.getParameter("state") == null;
    if (wouldRedirectToKeycloak && !keycloak.reachable()) {
      try {
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      } catch (IOException e) {
        throw new AuthenticationException(e);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    return mechanism.validateRequest(request, response, context);
  }
}
