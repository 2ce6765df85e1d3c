package app.coachroom.tenancy.web;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.shared.persistence.SchemaMigration;
import app.coachroom.tenancy.application.TenantDirectory;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the verified ID token into the request's {@link Caller}: subject, name, platform-admin flag
 * and active tenant. The tenant comes only from the token's organization claim; a person in several
 * organizations picks one, and the pick is checked against the token on every request. No
 * organization known to Coachroom leads to an explanation page, not an error.
 */
@WebFilter(
    filterName = "CallerFilter",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class CallerFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String ACTIVE_TENANT = "coachroom.activeTenant";
  private static final String SIGNED_IN = "coachroom.signedIn.";
  static final String CHOOSE_PAGE = "/tenancy/choose.xhtml";
  static final String NO_TENANT_PAGE = "/tenancy/no-tenant.xhtml";

  /** Pages the platform admin uses outside any tenant (the services check the role again). */
  private static final Set<String> PLATFORM_PAGES =
      Set.of(
          "/tenancy/tenants.xhtml",
          "/tenancy/tenant.xhtml",
          "/tenancy/invite-admin.xhtml",
          "/audit/audit.xhtml");

  private static final Set<String> TENANTLESS_PAGES =
      Set.of(CHOOSE_PAGE, NO_TENANT_PAGE, "/callback");

  @Inject Caller caller;
  @Inject TenantDirectory directory;
  @Inject OpenIdContext openId;
  @Inject SchemaMigration schema;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getServletPath();
    if (req.getUserPrincipal() == null || path.startsWith("/jakarta.faces.resource")) {
      chain.doFilter(req, res);
      return;
    }
    JwtClaims claims = openId.getIdentityToken().getJwtClaims();
    caller.signIn(
        openId.getSubject(),
        claims
            .getStringClaim("name")
            .or(() -> claims.getStringClaim("preferred_username"))
            .orElse(req.getUserPrincipal().getName()),
        req.isUserInRole("platform-admin"));
    if (req.getDispatcherType() == DispatcherType.ERROR) {
      // The error page must render even when the database is what failed: no lookups here.
      chain.doFilter(req, res);
      return;
    }
    if (!schema.ready()) {
      // the database was not usable at deploy and still is not: the outage page, not a 500
      res.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    List<ActiveTenant> tenants =
        directory.registeredTenants(claims.getArrayStringClaim("organization"));
    caller.offerTenants(tenants);
    Optional<ActiveTenant> active = pick(req.getSession(), tenants);
    active.ifPresent(caller::enterTenant);
    active.ifPresent(tenant -> recordSignIn(req.getSession(), tenant, claims));
    boolean mayStay =
        TENANTLESS_PAGES.contains(path)
            || (caller.isPlatformAdmin() && PLATFORM_PAGES.contains(path))
            || path.startsWith("/error/")
            || req.getDispatcherType() != DispatcherType.REQUEST;
    if (active.isEmpty() && !mayStay) {
      res.sendRedirect(req.getContextPath() + (tenants.isEmpty() ? NO_TENANT_PAGE : CHOOSE_PAGE));
      return;
    }
    chain.doFilter(req, res);
  }

  /**
   * Once per session and tenant: the member's e-mail and names from the token, and their first
   * sign-in (which ends "invited" in the members list).
   */
  private void recordSignIn(HttpSession session, ActiveTenant tenant, JwtClaims claims) {
    String key = SIGNED_IN + tenant.id();
    if (session.getAttribute(key) == null) {
      directory.recordSignIn(
          claims.getStringClaim("email").orElse(null),
          claims.getStringClaim("given_name").orElse(null),
          claims.getStringClaim("family_name").orElse(null));
      session.setAttribute(key, Boolean.TRUE);
    }
  }

  private static Optional<ActiveTenant> pick(HttpSession session, List<ActiveTenant> tenants) {
    if (tenants.size() == 1) {
      return Optional.of(tenants.get(0));
    }
    Object chosen = session.getAttribute(ACTIVE_TENANT);
    return tenants.stream().filter(t -> t.alias().equals(chosen)).findFirst();
  }

  /** Remembers a choice the caller made among the tenants of their token. */
  static void choose(HttpSession session, String alias) {
    session.setAttribute(ACTIVE_TENANT, alias);
  }
}
