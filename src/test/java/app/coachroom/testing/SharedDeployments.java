package app.coachroom.testing;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * An Arquillian extension that deploys a {@link SharedDeployment} once instead of once per test
 * class: a WAR takes 3 s to deploy on WildFly and 7 s on Payara, and most test classes deploy the
 * same one (the in-container tests the real WAR with every test package, the journeys the real
 * WAR). The shared deployment is undeployed when a class needs a different one (they all use the
 * context root /coachroom) and at the end of the run, so the server keeps nothing.
 *
 * <p>What is shared is the deployment, not data: tests make their own tenants, and the database and
 * Keycloak were already shared by every deployment of a run.
 */
public class SharedDeployments implements LoadableExtension {
  private static final Logger LOG = Logger.getLogger(SharedDeployments.class.getName());

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Keeper.class);
  }

  /** The deployment left on the server, and what Arquillian needs to use or remove it. */
  private record Kept(
      String key, Container container, Deployment deployment, ProtocolMetaData protocol) {}

  public static class Keeper {
    private static Kept kept;

    @Inject private Instance<TestClass> testClass;

    @Inject private Event<UnDeployDeployment> undeploy;

    @Inject @DeploymentScoped private InstanceProducer<DeploymentDescription> description;

    @Inject @DeploymentScoped private InstanceProducer<Deployment> deployment;

    @Inject @DeploymentScoped private InstanceProducer<ProtocolMetaData> protocol;

    // inside Arquillian's own interceptors (precedence 0), which activate the deployment context
    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context)
        throws Exception {
      DeployDeployment event = context.getEvent();
      String key = sharedKey(event.getDeployment());
      if (kept != null && kept.key().equals(key) && kept.container() == event.getContainer()) {
        description.set(event.getDeployment().getDescription());
        deployment.set(event.getDeployment());
        protocol.set(kept.protocol());
        event.getDeployment().deployed();
        return;
      }
      release();
      context.proceed();
      if (key != null && event.getDeployment().isDeployed()) {
        kept = new Kept(key, event.getContainer(), event.getDeployment(), protocol.get());
      }
    }

    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
      if (kept != null && kept.key().equals(sharedKey(context.getEvent().getDeployment()))) {
        context.getEvent().getDeployment().undeployed();
        return;
      }
      context.proceed();
    }

    // before Arquillian stops the server (its own observer has precedence 0)
    public void afterSuite(@Observes(precedence = 100) AfterSuite event) {
      release();
    }

    // through Arquillian's event, which activates the contexts the server's adapter needs
    private void release() {
      Kept old = kept;
      kept = null;
      if (old != null) {
        LOG.info(() -> "undeploying the shared deployment of " + old.key());
        undeploy.fire(new UnDeployDeployment(old.container(), old.deployment()));
      }
    }

    /** Which of the two standard deployments this is, when the class shares it; else null. */
    private String sharedKey(Deployment deployment) {
      TestClass test = testClass.get();
      if (test == null || !test.isAnnotationPresent(SharedDeployment.class)) {
        return null;
      }
      DeploymentDescription d = deployment.getDescription();
      return (d.testable() ? "the real WAR with the tests: " : "the real WAR: ") + d.getName();
    }
  }
}
