package nl.dictu.tvs.portal.web.apiv1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import nl.dictu.tvs.portal.usecase.apiaccess.ApiScope;
import nl.dictu.tvs.portal.usecase.cluster.ClusterApplications;
import nl.dictu.tvs.portal.usecase.cluster.ServedOrganisationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/served-organisations}: for a supplier's client with the scope {@code organisations:act-for}, the
 * organisations that granted the supplier a mandate in force, and what the supplier applied for in their name. An
 * organisation without such a mandate is refused with 403, naming the missing mandate.
 */
@Path("/v1/served-organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "served-organisations")
public class V1ServedOrganisationsResource {

    private static final String SELF = "/api/v1/served-organisations";

    @EJB
    private ClusterApplications clusterApplications;

    @Context
    private HttpServletRequest request;

    /**
     * An organisation the supplier serves: its mandate and the references of the supplier's cluster applications that
     * list it (each at {@code /api/v1/applications/{reference}}).
     */
    public record ServedOrganisation(String oin, String name, long mandateId, Instant mandateInForceSince,
                                     List<String> clusterApplications,
                                     @JsonbProperty("_links") Map<String, Page.Link> links) {
        static ServedOrganisation of(ServedOrganisationView view) {
            return new ServedOrganisation(view.oin(), view.name(), view.mandateId(), view.mandateInForceSince(),
                    view.clusterApplications(), Map.of("self", new Page.Link(SELF + "/" + view.oin())));
        }
    }

    @GET
    @Operation(operationId = "listServedOrganisations", summary = "The organisations the supplier holds a mandate in force "
            + "for, a page at a time", description = "Scope organisations:act-for. Refused (403) for a client of an "
            + "organisation that is no supplier.")
    public Page<ServedOrganisation> list(@Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
                                         @Parameter(description = "Items per page, 1 to 100 (20 when left out)")
                                         @QueryParam("pageSize") Integer pageSize) {
        List<ServedOrganisation> all = clusterApplications.servedOrganisations(
                ApiCallers.with(request, ApiScope.ORGANISATIONS_ACT_FOR)).stream().map(ServedOrganisation::of).toList();
        return Page.of(all, page, pageSize, SELF);
    }

    @GET
    @Path("/{oin}")
    @Operation(operationId = "getServedOrganisation", summary = "One organisation the supplier acts for: its mandate and "
            + "the supplier's cluster applications that list it", description = "Scope organisations:act-for. Without a "
            + "mandate in force from this organisation: 403, the detail names the missing mandate.")
    public ServedOrganisation one(@Parameter(description = "The organisation's OIN") @PathParam("oin") String oin) {
        return ServedOrganisation.of(clusterApplications.servedOrganisation(
                ApiCallers.with(request, ApiScope.ORGANISATIONS_ACT_FOR), oin));
    }
}
