package app.coachroom.identity;

/** The tenant identifier of deliberate cross-tenant work; Hibernate treats it as root. */
public final class PlatformTenant {
  public static final String ID = "*platform*";

  private PlatformTenant() {}
}
