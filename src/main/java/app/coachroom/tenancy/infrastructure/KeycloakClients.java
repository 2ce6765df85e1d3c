package app.coachroom.tenancy.infrastructure;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.glassfish.jersey.client.proxy.WebResourceFactory;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.spi.ResteasyClientProvider;

/**
 * The REST client the Keycloak admin client runs on, on either server, with time limits. WildFly
 * has RESTEasy, which the admin client uses as it is (with its own Jackson setup: WildFly would
 * read Keycloak's JSON with JSON-B and lose the access token). Payara has Jersey: RESTEasy must not
 * be bundled there (it breaks Payara's own Jersey, keycloak/keycloak-client#183), so the admin
 * client is given Jersey's proxies and a Jackson provider configured as Keycloak's is.
 */
final class KeycloakClients {
  private KeycloakClients() {}

  /** A client for the admin API; on Jersey also installs the Jersey proxy provider. */
  static Client newClient() {
    ClientBuilder builder =
        ClientBuilder.newBuilder()
            .connectTimeout(5, TimeUnit.SECONDS)
            .readTimeout(15, TimeUnit.SECONDS);
    if (builder.getClass().getName().startsWith("org.jboss.resteasy")) {
      return builder.register(JacksonProvider.class, 100).build();
    }
    Keycloak.setClientProvider(new JerseyProvider());
    return jerseyOnlyJackson(builder).register(jackson(), 100).build();
  }

  /**
   * Keeps Jersey from adding its own JSON providers (JSON-B, JSON-P, MOXy, its Jackson), which
   * would otherwise read Keycloak's token response without Jackson's annotations and lose the
   * token.
   */
  static ClientBuilder jerseyOnlyJackson(ClientBuilder builder) {
    return builder
        .property("jersey.config.client.disableAutoDiscovery", true)
        .property("jersey.config.client.disableJsonBinding", true)
        .property("jersey.config.client.disableJsonProcessing", true)
        .property("jersey.config.client.disableMoxyJson", true)
        .property("jersey.config.client.disableMetainfServicesLookup", true);
  }

  /** Ignores unknown fields and leaves out nulls, as the admin client's own provider does. */
  static JacksonJsonProvider jackson() {
    ObjectMapper mapper =
        new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    return new JacksonJsonProvider(mapper);
  }

  /** The admin client's resource interfaces as Jersey client proxies. */
  static final class JerseyProvider implements ResteasyClientProvider {
    @Override
    public Client newRestEasyClient(
        Object customJacksonProvider, SSLContext sslContext, boolean disableTrustManager) {
      ClientBuilder builder =
          ClientBuilder.newBuilder()
              .connectTimeout(5, TimeUnit.SECONDS)
              .readTimeout(15, TimeUnit.SECONDS);
      if (sslContext != null) {
        builder.sslContext(sslContext);
      }
      return builder
          .register(customJacksonProvider != null ? customJacksonProvider : jackson(), 100)
          .build();
    }

    @Override
    public <R> R targetProxy(WebTarget target, Class<R> targetClass) {
      return WebResourceFactory.newResource(targetClass, target);
    }
  }
}
