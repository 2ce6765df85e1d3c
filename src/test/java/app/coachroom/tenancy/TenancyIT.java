package app.coachroom.tenancy;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.identity.NoTenantException;
import app.coachroom.tenancy.application.TenantDirectory;
import app.coachroom.testing.Deployments;
import app.coachroom.testing.TenantFixture;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tenant lookup and roles per tenant, as the sign-in filter uses them in one request. */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.realWarWithTests(TenancyIT.class);
  }

  @Inject TenantDirectory directory;
  @Inject TenantFixture fixture;
  @Inject Caller caller;

  @Test
  void rolesAreThoseOfTheActiveTenantEvenAfterAPlatformLookupInTheSameRequest() {
    ActiveTenant coaching = fixture.newTenant();
    ActiveTenant studying = fixture.newTenant();
    String person = fixture.newPerson(coaching, COACH);
    fixture.grant(studying, person, STUDENT);

    caller.signIn(person, "Both", false);
    List<ActiveTenant> found =
        directory.registeredTenants(List.of(studying.alias(), "no-such-org", coaching.alias()));
    assertEquals(List.of(studying, coaching), found);

    caller.enterTenant(studying);
    assertEquals(Set.of(STUDENT), caller.roles());
    caller.enterTenant(coaching);
    assertEquals(Set.of(COACH), caller.roles());
  }

  @Test
  void noActiveTenantMeansNoRolesAndNoTenantQueries() {
    caller.signIn("someone", "Someone", false);
    assertTrue(caller.roles().isEmpty());
    assertThrows(NoTenantException.class, () -> directory.rolesOf("someone"));
  }
}
