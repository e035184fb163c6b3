package nl.dictu.tvs.portal.web.apiv1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.apiaccess.ApiScope;
import nl.dictu.tvs.portal.usecase.applying.DraftClusterMembers;
import nl.dictu.tvs.portal.usecase.applying.draft.ClusterMemberLines;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMemberRequest;
import nl.dictu.tvs.portal.web.api.ApiJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * {@code /api/v1/draft/cluster-members}: the organisations a supplier's draft cluster application serves, as the
 * wizard's organisation step lists them: listed, added one at a time (only one that gave the supplier a mandate in
 * force: the supplier acts for it) and removed. The draft is the organisation's one draft, which its members go on
 * with and submit in the wizard.
 */
@Path("/v1/draft/cluster-members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "draft")
public class V1DraftClusterMembersResource {

    private static final String SELF = "/api/v1/draft/cluster-members";

    @EJB
    private DraftClusterMembers members;

    @Context
    private HttpServletRequest request;

    /** An organisation the draft serves: its OIN and its own services. */
    public record DraftClusterMember(String oin, List<String> services) {
        static DraftClusterMember of(ClusterMemberLines.Member member) {
            return new DraftClusterMember(member.oin(), member.services());
        }
    }

    @GET
    @Operation(operationId = "listDraftClusterMembers", summary = "The organisations the supplier's draft cluster "
            + "application serves, a page at a time", description = "Scope applications:read. For a supplier's client "
            + "only (403 otherwise).")
    public Page<DraftClusterMember> list(@Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
                                         @Parameter(description = "Items per page, 1 to 100 (20 when left out)")
                                         @QueryParam("pageSize") Integer pageSize) {
        return Page.of(members.members(ApiCallers.with(request, ApiScope.APPLICATIONS_READ)).stream()
                .map(DraftClusterMember::of).toList(), page, pageSize, SELF);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addDraftClusterMember", summary = "Add an organisation the draft cluster application serves",
            description = "Scopes applications:submit and organisations:act-for. The organisation must have given the "
                    + "supplier a mandate in force (403 naming the missing mandate otherwise), be listed once and name its "
                    + "services (no commas in a service's name).")
    @APIResponse(responseCode = "201", description = "Added at the end of the list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DraftClusterMember.class)))
    public Response add(ApiJson.ClusterMemberJson member) {
        SignedInUser caller = ApiCallers.with(request, ApiScope.APPLICATIONS_SUBMIT);
        ApiCallers.with(request, ApiScope.ORGANISATIONS_ACT_FOR);
        if (member == null) {
            throw new ActionRefusedException("api.badRequest");
        }
        ClusterMemberLines.Member added = members.add(caller, new ClusterMemberRequest(member.oin(), member.services()));
        return Response.status(Response.Status.CREATED).entity(DraftClusterMember.of(added)).build();
    }

    @DELETE
    // no content: a client that accepts only problem documents (as generated ones ask for errors) is served too
    @Produces({MediaType.APPLICATION_JSON, ApiV1.PROBLEM_JSON})
    @Path("/{oin}")
    @Operation(operationId = "removeDraftClusterMember", summary = "Remove an organisation from the draft cluster "
            + "application", description = "Scope applications:submit.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@Parameter(description = "The organisation's OIN") @PathParam("oin") String oin) {
        members.remove(ApiCallers.with(request, ApiScope.APPLICATIONS_SUBMIT), oin);
        return Response.noContent().build();
    }
}
