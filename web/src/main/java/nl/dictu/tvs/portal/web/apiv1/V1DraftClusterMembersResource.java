package nl.dictu.tvs.portal.web.apiv1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import nl.dictu.tvs.portal.usecase.applying.DraftMemberView;
import nl.dictu.tvs.portal.usecase.applying.draft.ClusterMemberLines;
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

    /**
     * An organisation the draft serves: its OIN, its own services, whether it is on the ALB list now and, for one
     * that is not, the id of its RvIG decision (absent while none is attached: submitting is refused until then).
     * {@code onAlbList} is absent in the answer to an addition; {@code ownChecklistItems} names the items the
     * organisation answers itself (it takes the cluster's answers to the others).
     */
    public record DraftClusterMember(String oin, List<String> services, Boolean onAlbList, Long albDecisionFileId,
                                     List<String> ownChecklistItems) {
        static DraftClusterMember of(DraftMemberView member) {
            return new DraftClusterMember(member.oin(), member.services(), member.onAlbList(),
                    member.albDecision() == null ? null : member.albDecision().id(), member.ownChecklistItems());
        }

        static DraftClusterMember of(ClusterMemberLines.Member member, ApiJson.ClusterMemberJson request) {
            return new DraftClusterMember(member.oin(), member.services(), null, request.albDecisionFileId(),
                    request.checklist() == null ? List.of() : request.checklist().stream()
                            .filter(java.util.Objects::nonNull).map(ApiJson.Answer::code).toList());
        }
    }

    @GET
    @Operation(operationId = "listDraftClusterMembers", summary = "The organisations the supplier's draft cluster "
            + "application serves, a page at a time", description = "Scope applications:read. For a supplier's client "
            + "only (403 otherwise).")
    public Page<DraftClusterMember> list(@Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
                                         @Parameter(description = "Items per page, 1 to 100 (20 when left out)")
                                         @QueryParam("pageSize") Integer pageSize) {
        return Page.of(members.memberViews(ApiCallers.with(request, ApiScope.APPLICATIONS_READ)).stream()
                .map(DraftClusterMember::of).toList(), page, pageSize, SELF);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addDraftClusterMember", summary = "Add an organisation the draft cluster application serves",
            description = "Scopes applications:submit and organisations:act-for. The organisation must have given the "
                    + "supplier a mandate in force (403 naming the missing mandate otherwise), be listed once and name its "
                    + "services (no commas in a service's name). An organisation that is not on the ALB list needs its "
                    + "own RvIG decision: albDecisionFileId, an ALB_DECISION upload of the supplier's (POST "
                    + "/api/files?purpose=ALB_DECISION, checked by content as a PDF); it may also be attached later "
                    + "with PUT /api/v1/draft/cluster-members/{oin}/alb-decision. checklist: the organisation's own "
                    + "answers where they differ from the cluster's (the draft's checklist), the same items only.")
    @APIResponse(responseCode = "201", description = "Added at the end of the list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DraftClusterMember.class)))
    public Response add(ApiJson.ClusterMemberJson member) {
        SignedInUser caller = ApiCallers.with(request, ApiScope.APPLICATIONS_SUBMIT);
        ApiCallers.with(request, ApiScope.ORGANISATIONS_ACT_FOR);
        if (member == null) {
            throw new ActionRefusedException("api.badRequest");
        }
        ClusterMemberLines.Member added = members.add(caller, member.toRequest());
        return Response.status(Response.Status.CREATED).entity(DraftClusterMember.of(added, member)).build();
    }

    /** The RvIG decision of a listed organisation, an ALB_DECISION upload: {@code {"albDecisionFileId":12}}. */
    public record AlbDecisionReference(Long albDecisionFileId) {
    }

    @PUT
    @Path("/{oin}/alb-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "attachDraftClusterMemberAlbDecision", summary = "Attach the RvIG decision of an "
            + "organisation the draft cluster application serves", description = "Scope applications:submit. For an "
            + "organisation that is not on the ALB list: its own RvIG decision, an ALB_DECISION upload of the "
            + "supplier's; replaces the one it had. 422 for an organisation the draft does not list or a file that "
            + "is no such upload.")
    @APIResponse(responseCode = "200", description = "The organisation with its decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DraftClusterMember.class)))
    public DraftClusterMember attachDecision(@Parameter(description = "The organisation's OIN") @PathParam("oin") String oin,
                                             AlbDecisionReference decision) {
        SignedInUser caller = ApiCallers.with(request, ApiScope.APPLICATIONS_SUBMIT);
        if (decision == null || decision.albDecisionFileId() == null) {
            throw ActionRefusedException.of("albDecisionFileId", "api.badRequest");
        }
        return DraftClusterMember.of(members.attachDecision(caller, oin, decision.albDecisionFileId()));
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
