package app.coachroom.identity;

import app.coachroom.shared.domain.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Locale;

/**
 * Who may use a page at all, said by the page itself as its first view action, {@code
 * #{pageAccess.allow('COACH,TENANT_ADMIN')}}: anyone else gets 403 before anything is loaded or
 * rendered (a half-rendered page can no longer turn into an error). {@code PLATFORM_ADMIN} names
 * the platform admin. What someone may do with the page's objects stays the services' business.
 */
@Named
@ApplicationScoped
public class PageAccess {
  private static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

  @Inject Caller caller;

  /** Refuses the page unless the caller holds one of the comma-separated roles. */
  public void allow(String roles) {
    boolean allowed =
        Arrays.stream(roles.split(","))
            .map(name -> name.strip().toUpperCase(Locale.ROOT))
            .anyMatch(
                name ->
                    name.equals(PLATFORM_ADMIN)
                        ? caller.isPlatformAdmin()
                        : caller.hasAnyRole(Role.valueOf(name)));
    if (!allowed) {
      throw new AccessDeniedException("This page is for " + roles);
    }
  }
}
