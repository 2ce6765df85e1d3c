package app.coachroom.identity;

/** Tenant data was touched with no active tenant and not deliberately as the platform. */
public class NoTenantException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public NoTenantException() {
    super("No active tenant: tenant data can only be used inside a tenant or as the platform");
  }
}
