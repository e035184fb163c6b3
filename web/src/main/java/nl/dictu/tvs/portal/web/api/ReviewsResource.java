package nl.dictu.tvs.portal.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import nl.dictu.tvs.portal.usecase.review.ReviewerDossier;

/** {@code /api/reviews/{reference}/process-model}: the BPMN XML for the reviewer's process diagram. */
@Path("/reviews")
@RequestScoped
public class ReviewsResource {

    @EJB
    private ReviewerDossier dossiers;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("/{reference}/process-model")
    @Produces(MediaType.APPLICATION_XML)
    public String processModel(@PathParam("reference") String reference) {
        return dossiers.processModel(SignedInUsers.of(request), reference);
    }
}
