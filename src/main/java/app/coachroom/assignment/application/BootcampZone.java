package app.coachroom.assignment.application;

import app.coachroom.tenancy.application.ActiveTenant;
import app.coachroom.tenancy.application.Caller;
import app.coachroom.tenancy.application.NoTenantException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;

/** The timezone coaches enter times in: the active bootcamp's. */
@ApplicationScoped
public class BootcampZone {
  @Inject Caller caller;

  public ZoneId zone() {
    return caller
        .tenant()
        .map(ActiveTenant::timezone)
        .map(ZoneId::of)
        .orElseThrow(NoTenantException::new);
  }
}
