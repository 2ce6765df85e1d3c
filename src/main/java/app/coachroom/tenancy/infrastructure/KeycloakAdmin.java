package app.coachroom.tenancy.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The Keycloak Admin REST API, through the official admin client, signed in as the realm's
 * service-account client (roles: manage-organizations, manage-users, view-users, query-users).
 * Where Keycloak is and the client's secret come from the server's configuration
 * (coachroom.keycloak.admin.*), never from the WAR. Every failure becomes a {@link
 * KeycloakAdminException} that says whether Keycloak could not be reached or refused.
 */
@ApplicationScoped
public class KeycloakAdmin {
  @Inject
  @ConfigProperty(
      name = "coachroom.keycloak.admin.server-url",
      defaultValue = "http://127.0.0.1:8180")
  String serverUrl;

  @Inject
  @ConfigProperty(name = "coachroom.keycloak.admin.realm", defaultValue = "coachroom")
  String realm;

  @Inject
  @ConfigProperty(name = "coachroom.keycloak.admin.client-id", defaultValue = "coachroom-admin")
  String clientId;

  @Inject
  @ConfigProperty(name = "coachroom.keycloak.admin.client-secret")
  Optional<String> clientSecret;

  private Keycloak keycloak;

  /** Creates an organization with the tenant's alias; returns its ID. */
  public String createOrganization(String name, String alias) {
    OrganizationRepresentation org = new OrganizationRepresentation();
    org.setName(name);
    org.setAlias(alias);
    org.setEnabled(true);
    return call(
        realm -> {
          try (Response response = realm.organizations().create(org)) {
            expect(response, "create organization " + alias);
            return CreatedResponseUtil.getCreatedId(response);
          }
        });
  }

  /** The ID of the organization with this alias, if Keycloak has one. */
  public Optional<String> organizationId(String alias) {
    return call(realm -> exact(realm, alias).map(OrganizationRepresentation::getId));
  }

  /**
   * The organization with this alias. Keycloak searches organizations by name or domain, not by
   * alias, so this pages through them (a platform has tens of bootcamps; only tenants made before
   * organization IDs were kept, and tests, look organizations up this way).
   */
  private static Optional<OrganizationRepresentation> exact(RealmResource realm, String alias) {
    int page = 100;
    for (int first = 0; ; first += page) {
      List<OrganizationRepresentation> batch = realm.organizations().list(first, page);
      Optional<OrganizationRepresentation> found =
          batch.stream().filter(o -> alias.equals(o.getAlias())).findFirst();
      if (found.isPresent() || batch.size() < page) {
        return found;
      }
    }
  }

  public void renameOrganization(String id, String name) {
    call(
        realm -> {
          OrganizationRepresentation org = realm.organizations().get(id).toRepresentation();
          org.setName(name);
          try (Response response = realm.organizations().get(id).update(org)) {
            expect(response, "rename organization " + id);
          }
          return null;
        });
  }

  /** Deletes an organization (undoing a tenant creation that failed); a missing one is fine. */
  public void deleteOrganization(String id) {
    call(
        realm -> {
          try (Response response = realm.organizations().get(id).delete()) {
            if (response.getStatus() != 404) {
              expect(response, "delete organization " + id);
            }
          }
          return null;
        });
  }

  /** The name of the organization with this alias, if Keycloak has one. */
  public Optional<String> organizationName(String alias) {
    return call(realm -> exact(realm, alias).map(OrganizationRepresentation::getName));
  }

  /** A person's Keycloak account, as far as inviting them needs to know. */
  public record Account(String id, boolean emailVerified, boolean hasPassword) {}

  /** True if the account can sign in with a password already. */
  public boolean hasPassword(String userId) {
    return call(realm -> hasPassword(realm, userId));
  }

  private static boolean hasPassword(RealmResource realm, String userId) {
    return realm.users().get(userId).credentials().stream()
        .anyMatch(c -> CredentialRepresentation.PASSWORD.equals(c.getType()));
  }

  /** The account whose e-mail is exactly this address. */
  public Optional<Account> accountByEmail(String email) {
    return call(
        realm -> {
          // exact e-mail only: an account whose user name is the address but whose e-mail is
          // another belongs to someone else (creating one then conflicts, and is refused)
          List<UserRepresentation> found = realm.users().searchByEmail(email, true);
          return found.stream()
              .filter(user -> email.equalsIgnoreCase(user.getEmail()))
              .findFirst()
              .map(
                  user ->
                      new Account(
                          user.getId(),
                          Boolean.TRUE.equals(user.isEmailVerified()),
                          hasPassword(realm, user.getId())));
        });
  }

  /**
   * Creates an enabled account without a password (the invitation e-mail lets the person set one);
   * the user name is the e-mail address. Returns its ID.
   */
  public String createAccount(String email, String firstName, String lastName) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(email);
    user.setEmail(email);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEnabled(true);
    user.setEmailVerified(false);
    return call(
        realm -> {
          try (Response response = realm.users().create(user)) {
            expect(response, "create user");
            return CreatedResponseUtil.getCreatedId(response);
          }
        });
  }

  /** Makes the user a member of the organization; one already a member is fine. */
  public void addOrganizationMember(String organizationId, String userId) {
    call(
        realm -> {
          try (Response response =
              realm.organizations().get(organizationId).members().addMember(userId)) {
            if (response.getStatus() != 409) {
              expect(response, "add member to organization " + organizationId);
            }
          }
          return null;
        });
  }

  /** True if the user is a member of the organization. */
  public boolean isOrganizationMember(String organizationId, String userId) {
    return call(
        realm -> {
          try {
            realm.organizations().get(organizationId).members().member(userId).toRepresentation();
            return true;
          } catch (NotFoundException e) {
            return false;
          }
        });
  }

  /** Takes the user out of the organization (not out of others); one not in it is fine. */
  public void removeOrganizationMember(String organizationId, String userId) {
    call(
        realm -> {
          try (Response response =
              realm.organizations().get(organizationId).members().member(userId).delete()) {
            if (response.getStatus() != 404) {
              expect(response, "remove member from organization " + organizationId);
            }
          }
          return null;
        });
  }

  /**
   * Sends Keycloak's e-mail that lets the person do the actions (set a password, verify the
   * address), with a link valid for the lifespan that returns to the app's client afterwards.
   */
  public void sendActionsEmail(
      String userId,
      List<String> actions,
      String appClientId,
      String redirectUri,
      int lifespanSeconds) {
    call(
        realm -> {
          realm
              .users()
              .get(userId)
              .executeActionsEmail(appClientId, redirectUri, lifespanSeconds, actions);
          return null;
        });
  }

  public boolean isConfigured() {
    return clientSecret.filter(s -> !s.isBlank()).isPresent();
  }

  private <T> T call(Function<RealmResource, T> work) {
    RealmResource resource = client().realm(realm);
    try {
      return work.apply(resource);
    } catch (KeycloakAdminException e) {
      throw e;
    } catch (WebApplicationException e) {
      int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
      throw new KeycloakAdminException(
          status == 409
              ? KeycloakAdminException.Kind.CONFLICT
              : KeycloakAdminException.Kind.REFUSED,
          "Keycloak answered " + status,
          e);
    } catch (ProcessingException e) {
      throw new KeycloakAdminException(
          KeycloakAdminException.Kind.UNREACHABLE, "Keycloak could not be reached", e);
    }
  }

  private static void expect(Response response, String what) {
    int status = response.getStatus();
    if (status == 409) {
      throw new KeycloakAdminException(
          KeycloakAdminException.Kind.CONFLICT, what + ": Keycloak answered 409", null);
    }
    if (status / 100 != 2) {
      throw new KeycloakAdminException(
          KeycloakAdminException.Kind.REFUSED, what + ": Keycloak answered " + status, null);
    }
  }

  private synchronized Keycloak client() {
    if (!isConfigured()) {
      throw new KeycloakAdminException(
          KeycloakAdminException.Kind.NOT_CONFIGURED,
          "coachroom.keycloak.admin.client-secret is not set on this server",
          null);
    }
    if (keycloak == null) {
      keycloak =
          KeycloakBuilder.builder()
              .serverUrl(serverUrl)
              .realm(realm)
              .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
              .clientId(clientId)
              .clientSecret(clientSecret.get())
              .resteasyClient(KeycloakClients.newClient())
              .build();
    }
    return keycloak;
  }

  @PreDestroy
  synchronized void close() {
    if (keycloak != null) {
      keycloak.close();
      keycloak = null;
    }
  }
}
