package app.coachroom.attempt.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.assignment.application.HandIns;
import app.coachroom.attempt.infrastructure.AttemptRepository;
import app.coachroom.identity.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;

/** {@link HandIns} from the attempts: handed in, or whose time ran out (handed in by the clock). */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH})
public class AttemptHandIns implements HandIns {
  @Inject AttemptRepository attempts;
  @Inject Clock clock;

  @Override
  public Set<String> handedIn(String assignmentId) {
    return attempts.handedIn(assignmentId, clock.instant());
  }
}
