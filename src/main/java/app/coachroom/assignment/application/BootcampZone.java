package app.coachroom.assignment.application;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.identity.NoTenantException;
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
