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
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.TenantFixture;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tenant lookup and roles per tenant, as the sign-in filter uses them in one request. */
class TenancyIT extends InContainerTest {

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
