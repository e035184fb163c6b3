package nl.dictu.tvs.portal.web.apiv1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.apiaccess.ApiScope;
import nl.dictu.tvs.portal.usecase.change.ChangeRequestView;
import nl.dictu.tvs.portal.usecase.change.ChangeRequests;
import nl.dictu.tvs.portal.usecase.change.MemberChangeRequests;
import nl.dictu.tvs.portal.usecase.cluster.ClusterConnections;
import nl.dictu.tvs.portal.usecase.mandate.SupplierMandates;
import nl.dictu.tvs.portal.web.api.ApiMessages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code /api/v1/change-requests}: change requests on the live connections of the client's organisation: previewed
 * (nothing stored), submitted, followed and withdrawn through {@link ChangeRequests}, the service the pages call, so
 * its rules and messages hold. On a supplier's cluster connection the supplier acts for the organisations it serves,
 * so submitting and withdrawing need the scope {@code organisations:act-for} too. Connecting and disconnecting a
 * served organisation ({@code member-additions}, {@code member-removals}) go through {@link MemberChangeRequests}, as
 * on the pages, and always act for one.
 */
@Path("/v1/change-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "change-requests")
public class V1ChangeRequestsResource {

    private static final String SUBMITTED = "Submitted; Location names the new change request";
    private static final String IDEMPOTENT = "Send an Idempotency-Key: a retry with the same key and body gets the first "
            + "answer. ";

    @EJB
    private ChangeRequests changes;

    @EJB
    private ClusterConnections clusters;

    @EJB
    private MemberChangeRequests memberChanges;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewChangeRequest", summary = "What a change request would change, and what the trust "
            + "checks find on it; stores nothing", description = "Scope applications:read. The differences field by "
            + "field against what is live, the findings, and the route it would take.")
    @APIResponse(responseCode = "200", description = "The preview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChangeJson.Preview.class)))
    public ChangeJson.Preview preview(ChangeJson.ChangeRequestSubmission body) {
        SignedInUser caller = ApiCallers.with(request, ApiScope.APPLICATIONS_READ);
        ChangeJson.ChangeRequestSubmission given = ApiV1.required(body);
        return ChangeJson.Preview.of(changes.preview(caller, given.reference(), given.toProposal(), locale()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitChangeRequest", summary = "Submit a change request on a live connection",
            description = "Scope applications:submit (and organisations:act-for on a supplier's cluster connection). "
                    + IDEMPOTENT + "Refused with 422 when it changes nothing (change.nothingChanged) and with 409 "
                    + "when a change request is open on the connection already (change.alreadyOpen; "
                    + "_links.conflictsWith is the open one). DICTU handles it within 5 working days.")
    @APIResponse(responseCode = "201", description = SUBMITTED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChangeJson.ChangeRequestDetails.class)))
    public Response submit(ChangeJson.ChangeRequestSubmission body) {
        ChangeJson.ChangeRequestSubmission given = ApiV1.required(body);
        SignedInUser caller = actingFor(given.reference());
        return created(changes.submit(caller, given.reference(), given.toProposal(), locale()));
    }

    private static Response created(ChangeRequestView started) {
        // a path, never a URL built from the request's Host (docs/security.md)
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, ChangeJson.CHANGE_REQUESTS + "/" + started.reference())
                .entity(ChangeJson.ChangeRequestDetails.of(started)).build();
    }

    @POST
    @Path("/member-additions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestMemberAddition", summary = "Ask to connect a served organisation to the supplier's "
            + "live cluster connection in one environment",
            description = "Scopes applications:submit and organisations:act-for. A change request of kind member-addition, "
                    + "reviewed with four eyes like a new application for the organisation; DICTU handles it within 5 "
                    + "working days. Its own collection (not a kind of POST /change-requests) so that its body has one "
                    + "schema. " + IDEMPOTENT + "RvIG's decision and new cluster metadata travel as Base64 in the "
                    + "JSON (rvigDecisionBase64 at most 10 MiB, metadataBase64 at most 1 MiB before encoding, as on the "
                    + "pages). Refused with 403 naming the "
                    + "missing mandate when the organisation gave the supplier none in force (mandate.missing); with 422 "
                    + "naming the field when the OIN fails the OIN check (change.member.oinInvalid), the organisation is "
                    + "connected already (change.member.alreadyConnected), has no entity of its own in the cluster "
                    + "metadata (change.member.notInMetadata, change.member.notInNewMetadata), is not on the ALB list and "
                    + "no RvIG decision (a PDF) came with it (change.member.rvigDecisionRequired), or the application is "
                    + "no cluster connection (change.member.notACluster); with 409 when a request for the organisation, an "
                    + "ordinary change or (with new metadata) another request bringing metadata is open on the connection "
                    + "(change.member.alreadyOpen, change.alreadyOpen, change.member.metadataOpen; _links.conflictsWith is "
                    + "the open one).")
    @APIResponse(responseCode = "201", description = SUBMITTED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChangeJson.ChangeRequestDetails.class)))
    public Response requestMemberAddition(ChangeJson.MemberAdditionSubmission body) {
        ChangeJson.MemberAdditionSubmission given = ApiV1.required(body);
        SignedInUser caller = actingForServed();
        return createdMemberChange(
                () -> memberChanges.requestAddition(caller, given.reference(), given.toAddition(), locale()));
    }

    @POST
    @Path("/member-removals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestMemberRemoval", summary = "Ask to disconnect a served organisation from the "
            + "supplier's live cluster connection in one environment",
            description = "Scopes applications:submit and organisations:act-for. A change request of kind member-removal "
                    + "in the fast lane: one DICTU reviewer confirms it (or the portal applies it at once, when DICTU set "
                    + "it to). No mandate is needed: an organisation that revoked its mandate can still be disconnected. "
                    + IDEMPOTENT + "Refused with 422 naming oin when the organisation is not connected in the "
                    + "environment now (change.member.notConnected; GET /connections/{reference}/{environment}/members lists who is); "
                    + "with 409 when a request for the organisation or an ordinary change is open on the connection "
                    + "(change.member.alreadyOpen, change.alreadyOpen; _links.conflictsWith is the open one).")
    @APIResponse(responseCode = "201", description = SUBMITTED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChangeJson.ChangeRequestDetails.class)))
    public Response requestMemberRemoval(ChangeJson.MemberRemovalSubmission body) {
        ChangeJson.MemberRemovalSubmission given = ApiV1.required(body);
        SignedInUser caller = actingForServed();
        return createdMemberChange(
                () -> memberChanges.requestRemoval(caller, given.reference(), given.toRemoval(), locale()));
    }

    /**
     * A member change started (201), or its refusal as API v1 answers it: a missing mandate a refusal of access (403),
     * as the client acts for the organisation on its own; a refused field named as the body names it.
     */
    private static Response createdMemberChange(Supplier<ChangeRequestView> memberChange) {
        try {
            return created(memberChange.get());
        } catch (ActionRefusedException refused) {
            throw SupplierMandates.toActFor(ChangeJson.inBody(refused));
        }
    }

    @GET
    @Path("/{changeReference}")
    @Operation(operationId = "getChangeRequest", summary = "One change request: its status, who is to move and by when, "
            + "and what it changes", description = "Scope applications:read.")
    public ChangeJson.ChangeRequestDetails one(
            @Parameter(description = "The change request's reference, e.g. TVS-2026-00042-W1")
            @PathParam("changeReference") String changeReference) {
        return ChangeJson.ChangeRequestDetails.of(changes.view(ApiCallers.with(request, ApiScope.APPLICATIONS_READ),
                changeReference, locale()));
    }

    @POST
    // no content: a client that accepts only problem documents (as generated ones ask for errors) is served too
    @Produces({MediaType.APPLICATION_JSON, ApiV1.PROBLEM_JSON})
    @Path("/{changeReference}/withdrawal")
    @Operation(operationId = "withdrawChangeRequest", summary = "Withdraw a change request while DICTU has not decided",
            description = "Scope applications:submit (and organisations:act-for on a supplier's cluster connection). "
                    + "Refused (422) once it is closed or approved.")
    @APIResponse(responseCode = "204", description = "Withdrawn; nothing was changed")
    public Response withdraw(
            @Parameter(description = "The change request's reference, e.g. TVS-2026-00042-W1")
            @PathParam("changeReference") String changeReference) {
        SignedInUser reader = ApiCallers.with(request, ApiScope.APPLICATIONS_SUBMIT);
        String reference = changes.view(reader, changeReference, locale()).applicationReference();
        changes.withdraw(actingFor(reference), changeReference);
        return Response.noContent().build();
    }

    /**
     * The caller with {@code applications:submit}; on a supplier's cluster connection also with
     * {@code organisations:act-for}, as for submitting a cluster application ({@code clusterMembers}).
     */
    private SignedInUser actingFor(String reference) {
        SignedInUser caller = ApiCallers.with(request, ApiScope.APPLICATIONS_SUBMIT);
        if (reference != null && !clusters.members(caller, reference).isEmpty()) {
            ApiCallers.with(request, ApiScope.ORGANISATIONS_ACT_FOR);
        }
        return caller;
    }

    /** The caller with {@code applications:submit} and {@code organisations:act-for}: a member change acts for one. */
    private SignedInUser actingForServed() {
        SignedInUser caller = ApiCallers.with(request, ApiScope.APPLICATIONS_SUBMIT);
        ApiCallers.with(request, ApiScope.ORGANISATIONS_ACT_FOR);
        return caller;
    }

    private Locale locale() {
        return ApiMessages.locale(headers.getAcceptableLanguages());
    }
}
