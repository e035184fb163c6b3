package nl.dictu.tvs.portal.web.apiv1;

import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.apiaccess.ApiScope;
import nl.dictu.tvs.portal.usecase.application.ApplicantDossier;
import nl.dictu.tvs.portal.usecase.application.ApplicantQueries;
import nl.dictu.tvs.portal.usecase.application.ApplicationCommands;
import nl.dictu.tvs.portal.usecase.application.PreproductionMetadataCommands;
import nl.dictu.tvs.portal.usecase.application.ApplicationQueries;
import nl.dictu.tvs.portal.usecase.application.MilestoneRoad;
import nl.dictu.tvs.portal.usecase.cluster.ClusterApplications;
import nl.dictu.tvs.portal.usecase.cluster.ClusterConnections;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMemberView;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMemberRequest;
import nl.dictu.tvs.portal.usecase.documents.ApplicationDocuments;
import nl.dictu.tvs.portal.usecase.review.TaskCommands;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import nl.dictu.tvs.portal.usecase.task.TaskSummary;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.usecase.documents.DocumentDownload;
import nl.dictu.tvs.portal.usecase.documents.DocumentView;
import nl.dictu.tvs.portal.web.api.ApiJson;
import nl.dictu.tvs.portal.web.api.ApiMessages;
import nl.dictu.tvs.portal.usecase.change.ChangeRequests;
import nl.dictu.tvs.portal.web.api.ContentDisposition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/applications}: the applications of the client's organisation, through the same
 * services as the applicant's pages. Another organisation's application is answered 404, as there.
 */
@Path("/v1/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "applications")
public class V1ApplicationsResource {

    private static final String SELF = "/api/v1/applications";

    @EJB
    private ApplicationQueries queries;

    @EJB
    private ApplicationCommands commands;

    @EJB
    private ApplicationDocuments documents;

    @EJB
    private ClusterApplications clusterApplications;

    @EJB
    private ClusterConnections clusters;

    @EJB
    private PreproductionMetadataCommands preproductionMetadata;

    @EJB
    private ApplicantQueries applicantQueries;

    @EJB
    private TaskCommands taskCommands;

    @EJB
    private ChangeRequests changeRequests;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(operationId = "listApplications", summary = "The organisation's applications, newest first, a page at a time",
            description = "Scope applications:read.")
    public Page<ApplicationSummary> list(
            @Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1 to 100 (20 when left out)") @QueryParam("pageSize") Integer pageSize) {
        List<ApplicationSummary> all = queries.myApplications(ApiCallers.with(request, ApiScope.APPLICATIONS_READ)).stream()
                .map(ApplicationSummary::of).toList();
        return Page.of(all, page, pageSize, SELF);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitApplication", summary = "Submit an application",
            description = "Scope applications:submit. Send an Idempotency-Key: a retry with the same key and body "
                    + "gets the first answer and submits nothing. A supplier's cluster application lists the organisations "
                    + "it serves in clusterMembers and needs the scope organisations:act-for as well; each must have "
                    + "given the supplier a mandate in force (403 naming the missing mandate otherwise).")
    @APIResponse(responseCode = "201", description = "Submitted; Location names the new application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class)))
    public Response submit(ApiJson.Submission submission) {
        SignedInUser caller = ApiCallers.with(request, ApiScope.APPLICATIONS_SUBMIT);
        List<ClusterMemberRequest> members = ApiV1.required(submission).members();
        if (!members.isEmpty()) {
            // a supplier applies in the name of every organisation it lists
            ApiCallers.with(request, ApiScope.ORGANISATIONS_ACT_FOR);
        }
        String reference = clusterApplications.submit(caller, submission.toContent(), members);
        // a path, never a URL built from the request's Host (docs/security.md)
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, SELF + "/" + reference)
                .entity(new Created(reference)).build();
    }

    /** The reference of an application just submitted. */
    public record Created(String reference) {
    }

    @GET
    @Path("/{reference}")
    @Operation(operationId = "getApplication", summary = "One application: its status, open tasks and milestones",
            description = "Scope applications:read.")
    public ApplicationSummary one(@PathParam("reference") String reference) {
        return ApplicationSummary.of(queries.status(ApiCallers.with(request, ApiScope.APPLICATIONS_READ), reference));
    }

    @GET
    @Path("/{reference}/milestones")
    @Operation(operationId = "getMilestones", summary = "The milestones passed, the current steps and those ahead",
            description = "Scope applications:read.")
    public Milestones milestones(@PathParam("reference") String reference) {
        MilestoneRoad road = queries.road(ApiCallers.with(request, ApiScope.APPLICATIONS_READ), reference);
        return new Milestones(road.passed().stream().map(ApplicationSummary.MilestoneJson::of).toList(), road.current(),
                road.ahead());
    }

    /** The road of an application: the steps passed (and when), those it is at now, and those ahead. */
    public record Milestones(List<ApplicationSummary.MilestoneJson> passed, List<String> current, List<String> ahead) {
    }

    @GET
    @Path("/{reference}/documents")
    @Operation(operationId = "listDocuments", summary = "The documents issued for the application",
            description = "Scope applications:read.")
    public List<DocumentJson> documents(@PathParam("reference") String reference) {
        return documents.list(ApiCallers.with(request, ApiScope.APPLICATIONS_READ), reference).stream()
                .map(d -> DocumentJson.of(d, SELF + "/" + reference + "/documents/" + d.id())).toList();
    }

    /** A document issued for the application; {@code _links.download} fetches its PDF. */
    public record DocumentJson(long id, String kind, int round, String language, String fileName, Instant createdAt,
                               int sizeBytes, String sha256, @JsonbProperty("_links") Map<String, Page.Link> links) {
        static DocumentJson of(DocumentView view, String download) {
            return new DocumentJson(view.id(), view.kind(), view.round(), view.language(), view.fileName(), view.createdAt(),
                    view.size(), view.sha256(), Map.of("download", new Page.Link(download)));
        }
    }

    @GET
    @Path("/{reference}/documents/{id}")
    @Produces("application/pdf")
    @Operation(operationId = "downloadDocument", summary = "One document as PDF; X-Content-SHA256 is its hash",
            description = "Scope applications:read.")
    public Response document(@PathParam("reference") String reference, @PathParam("id") long id) {
        DocumentDownload download = documents.download(ApiCallers.with(request, ApiScope.APPLICATIONS_READ), reference, id);
        return Response.ok(download.content(), "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment(download.fileName()))
                .header("X-Content-SHA256", download.sha256()).build();
    }

    @POST
    // no content: a client that accepts only problem documents (as generated ones ask for errors) is served too
    @Produces({MediaType.APPLICATION_JSON, ApiV1.PROBLEM_JSON})
    @Path("/{reference}/withdrawal")
    @Operation(operationId = "withdrawApplication", summary = "Withdraw the application, where the portal allows it",
            description = "Scope applications:submit.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdraw(@PathParam("reference") String reference) {
        commands.withdraw(ApiCallers.with(request, ApiScope.APPLICATIONS_SUBMIT), reference);
        return Response.noContent().build();
    }

    @POST
    @Produces({MediaType.APPLICATION_JSON, ApiV1.PROBLEM_JSON})
    @Path("/{reference}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctApplication", summary = "Answer a correction request: the corrected services, contacts, "
            + "certificate and metadata", description = "Scope applications:submit. Only while the application waits for "
            + "its correction; Eenmalig Inloggen, the terms and the checklist answers stay as submitted.")
    @APIResponse(responseCode = "204", description = "Corrected; the checks run again")
    public Response correct(@PathParam("reference") String reference, ApiJson.Correction correction) {
        SignedInUser caller = ApiCallers.with(request, ApiScope.APPLICATIONS_SUBMIT);
        commands.correct(caller, reference, ApiV1.required(correction).toCorrection());
        return Response.noContent().build();
    }

    @POST
    @Produces({MediaType.APPLICATION_JSON, ApiV1.PROBLEM_JSON})
    @Path("/{reference}/production-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestProduction", summary = "Request production (or correct the production request)",
            description = "Scope applications:submit. The production certificate and metadata, testing completed, the "
                    + "desired go-live date (yyyy-MM-dd, today or later) and the answers to the production checklist items.")
    @APIResponse(responseCode = "204", description = "Requested; DICTU assesses it")
    public Response requestProduction(@PathParam("reference") String reference, ApiJson.Production production) {
        SignedInUser caller = ApiCallers.with(request, ApiScope.APPLICATIONS_SUBMIT);
        commands.requestProduction(caller, reference, ApiV1.required(production).toRequest());
        return Response.noContent().build();
    }

    @POST
    @Produces({MediaType.APPLICATION_JSON, ApiV1.PROBLEM_JSON})
    @Path("/{reference}/preproduction-metadata")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "supplyPreproductionMetadata", summary = "Supply the preproduction metadata with the issued "
            + "ServiceUUIDs", description = "Scope applications:submit. Only when the application asks for it, after the "
            + "preproduction approval; checked as the portal's page checks it.")
    @APIResponse(responseCode = "204", description = "Accepted")
    public Response supplyPreproductionMetadata(@PathParam("reference") String reference,
                                                ApiJson.PreproductionMetadata metadata) {
        SignedInUser caller = ApiCallers.with(request, ApiScope.APPLICATIONS_SUBMIT);
        ApiJson.PreproductionMetadata given = ApiV1.required(metadata);
        preproductionMetadata.upload(caller, reference, given.certificatePem(), given.metadata());
        return Response.noContent().build();
    }

    @POST
    @Produces({MediaType.APPLICATION_JSON, ApiV1.PROBLEM_JSON})
    @Path("/{reference}/service-uuid-in-authn-request")
    @Operation(operationId = "sendServiceUuidInAuthnRequest", summary = "Say that the web service sends its ServiceUUID "
            + "in the AuthnRequest", description = "Scope applications:submit. Instead of new preproduction metadata, where "
            + "the application asks for it.")
    @APIResponse(responseCode = "204", description = "Accepted")
    public Response sendServiceUuidInAuthnRequest(@PathParam("reference") String reference) {
        preproductionMetadata.sendServiceUuidInAuthnRequest(ApiCallers.with(request, ApiScope.APPLICATIONS_SUBMIT), reference);
        return Response.noContent().build();
    }

    @POST
    @Produces({MediaType.APPLICATION_JSON, ApiV1.PROBLEM_JSON})
    @Path("/{reference}/test-accounts-acknowledgement")
    @Operation(operationId = "acknowledgeTestAccounts", summary = "Confirm that the test accounts arrived",
            description = "Scope applications:submit. Only while the application waits for this confirmation.")
    @APIResponse(responseCode = "204", description = "Confirmed")
    public Response acknowledgeTestAccounts(@PathParam("reference") String reference) {
        SignedInUser caller = ApiCallers.with(request, ApiScope.APPLICATIONS_SUBMIT);
        // as the application page does: the open task of the application, completed through the reviewers' own service
        TaskSummary task = queries.status(caller, reference).openTasks().stream()
                .filter(t -> ConnectionRequestModel.ACKNOWLEDGE_TEST_ACCOUNTS.equals(t.taskKey())).findFirst()
                .orElseThrow(() -> new ActionRefusedException("api.testAccounts.notExpected", reference));
        taskCommands.complete(caller, task.taskId(), TaskDecision.none());
        return Response.noContent().build();
    }

    @GET
    @Path("/{reference}/service-uuids")
    @Operation(operationId = "listServiceUuids", summary = "The ServiceUUIDs DICTU issued, per organisation, service and environment",
            description = "Scope applications:read. Empty until they are issued. The application's own first (the applicant's "
                    + "OIN), then for a supplier's cluster those of each served organisation, for its own EntityDescriptor.")
    public List<ServiceUuid> serviceUuids(@PathParam("reference") String reference) {
        SignedInUser caller = ApiCallers.with(request, ApiScope.APPLICATIONS_READ);
        ApplicantDossier dossier = applicantQueries.dossier(caller, reference);
        List<ServiceUuid> all = new java.util.ArrayList<>(dossier.serviceUuids().stream()
                .map(issued -> ServiceUuid.of(caller.organisationOin(), issued)).toList());
        dossier.memberServiceUuids().forEach(member -> member.serviceUuids()
                .forEach(issued -> all.add(ServiceUuid.of(member.oin(), issued))));
        return all;
    }

    /**
     * An issued ServiceUUID: the service, the environment ({@code PREPRODUCTION}, {@code PRODUCTION}), the UUID and the
     * OIN of the organisation whose DV offers the service (the applicant's own, or a served organisation's).
     */
    public record ServiceUuid(String service, String environment, String uuid, String organisationOin) {
        static ServiceUuid of(String organisationOin, ApplicantDossier.ServiceUuid issued) {
            return new ServiceUuid(issued.service(), issued.environment(), issued.uuid(), organisationOin);
        }
    }

    @GET
    @Path("/{reference}/cluster-members")
    @Operation(operationId = "listClusterMembers", summary = "The organisations a supplier's cluster application serves, "
            + "a page at a time", description = "Scope applications:read. Each with its ALB status and its own services; "
            + "empty for an application of one organisation. Members are listed when the application is submitted; "
            + "adding or removing one later is a change request on the cluster.")
    public Page<ClusterMember> clusterMembers(@PathParam("reference") String reference,
            @Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1 to 100 (20 when left out)") @QueryParam("pageSize") Integer pageSize) {
        List<ClusterMember> all = clusters.members(ApiCallers.with(request, ApiScope.APPLICATIONS_READ), reference)
                .stream().map(ClusterMember::of).toList();
        return Page.of(all, page, pageSize, SELF + "/" + reference + "/cluster-members");
    }

    @GET
    @Path("/{reference}/change-requests")
    @Operation(operationId = "listChangeRequests", summary = "The change requests on the application's live connection, "
            + "newest first, a page at a time", description = "Scope applications:read.")
    public Page<ChangeJson.ChangeRequestDetails> changeRequests(@PathParam("reference") String reference,
            @Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1 to 100 (20 when left out)") @QueryParam("pageSize") Integer pageSize) {
        List<ChangeJson.ChangeRequestDetails> all = changeRequests.ofApplication(
                ApiCallers.with(request, ApiScope.APPLICATIONS_READ), reference, ApiMessages.locale(headers.getAcceptableLanguages()))
                .stream().map(ChangeJson.ChangeRequestDetails::of).toList();
        return Page.of(all, page, pageSize, SELF + "/" + reference + "/change-requests");
    }

    /**
     * An organisation a cluster application serves: OIN, name, whether it is on the ALB list, its own services, and
     * its ALB state ({@code ON_ALB_LIST}, {@code DECISION_MISSING}, {@code DECISION_TO_VERIFY}, {@code DECISION_ACCEPTED},
     * {@code DECISION_REFUSED}) with, for one that is not on the list, its RvIG decision's file id and the reviewer's
     * reason of a refusal.
     */
    public record ClusterMember(String oin, String name, boolean onAlbList, List<String> services, String albState,
                                Long albDecisionFileId, String albDecisionRefusalReason) {
        static ClusterMember of(ClusterMemberView view) {
            return new ClusterMember(view.oin(), view.name(), view.onAlbList(), view.services(), view.albState().name(),
                    view.hasDecision() ? view.decision().fileId() : null,
                    view.hasDecision() ? view.decision().refusalReason() : null);
        }
    }
}
