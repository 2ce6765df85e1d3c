package app.coachroom.tenancy.web;

import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.web.rest.Download;
import app.coachroom.shared.web.rest.Edge;
import app.coachroom.tenancy.application.TenantSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The active tenant's logo for its members, {@code /tenancy/logo?v=<stamp>}: the type detected at
 * upload, unsniffable, sandboxed; cached privately for a day, since a new logo changes the URL.
 */
@Path("")
@RequestScoped
public class LogoResource {

  /** The logo's URL root. */
  @ApplicationPath("tenancy/logo")
  public static class Root extends Edge {
    public Root() {
      super(LogoResource.class);
    }
  }

  @Inject TenantSettings settings;

  @GET
  public Response logo() {
    TenantSettings.Logo logo =
        settings.logo().orElseThrow(() -> new NotFoundException("Logo", "of this bootcamp"));
    return Download.inline(logo.mediaType(), logo.data())
        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400")
        .build();
  }
}
