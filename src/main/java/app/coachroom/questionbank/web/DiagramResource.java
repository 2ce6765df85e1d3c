package app.coachroom.questionbank.web;

import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.shared.web.rest.Download;
import app.coachroom.shared.web.rest.Edge;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * A question's stored diagram, {@code /questionbank/diagram/<id>}, for the tenant's coaches and
 * admins (the service checks) as an attachment under a generated name: an {@code img} shows it,
 * opening the URL downloads it.
 */
@Path("{id}")
@RequestScoped
public class DiagramResource {
  private static final String ROOT = "questionbank/diagram";

  /** The diagrams' URL root. */
  @ApplicationPath(ROOT)
  public static class Root extends Edge {
    public Root() {
      super(DiagramResource.class);
    }
  }

  @Inject QuestionService questions;

  /** The URL of a diagram, relative to the application. */
  public static String url(String diagramId) {
    return "/" + ROOT + "/" + diagramId;
  }

  @GET
  public Response diagram(@PathParam("id") String id) {
    DiagramImage image = questions.diagram(id);
    return Download.attachment(
            image.mediaType(), image.bytes(), "diagram-" + id + "." + image.extension())
        .build();
  }
}
