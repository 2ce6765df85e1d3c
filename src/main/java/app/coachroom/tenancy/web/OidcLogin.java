package app.coachroom.tenancy.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OIDC login with Keycloak (Jakarta Security, portable to WildFly and Payara). Soteria
 * evaluates only whole-value ${...} expressions against a named bean, so the settings come from
 * this bean, which reads MicroProfile Config (system properties or environment variables).
 */
@Named("oidcLogin")
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcLogin.providerUri}",
    clientId = "${oidcLogin.clientId}",
    clientSecret = "${oidcLogin.clientSecret}",
    redirectURI = "${baseURL}/callback",
    scope = {"openid", "profile", "email", "organization:*"},
    claimsDefinition = @ClaimsDefinition(callerGroupsClaim = "groups"),
    jwksConnectTimeout = 5000,
    jwksReadTimeout = 5000)
public class OidcLogin {
  @Inject
  @ConfigProperty(
      name = "coachroom.oidc.provider-uri",
      defaultValue = "http://127.0.0.1:8180/realms/coachroom")
  String providerUri;

  @Inject
  @ConfigProperty(name = "coachroom.oidc.client-id", defaultValue = "coachroom-app")
  String clientId;

  @Inject
  @ConfigProperty(name = "coachroom.oidc.client-secret")
  String clientSecret;

  public String getProviderUri() {
    return providerUri;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }
}
