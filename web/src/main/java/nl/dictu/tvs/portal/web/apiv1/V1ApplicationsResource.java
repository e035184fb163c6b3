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
import nl.dictu.tvs.portal.usecase.apiaccess.ApiScope;
import nl.dictu.tvs.portal.usecase.application.ApplicationCommands;
import nl.dictu.tvs.portal.usecase.application.ApplicationQueries;
import nl.dictu.tvs.portal.usecase.application.MilestoneRoad;
import nl.dictu.tvs.portal.usecase.documents.ApplicationDocuments;
import nl.dictu.tvs.portal.usecase.documents.DocumentDownload;
import nl.dictu.tvs.portal.usecase.documents.DocumentView;
import nl.dictu.tvs.portal.web.api.ApiJson;
import nl.dictu.tvs.portal.web.api.ContentDisposition;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    @Context
    private HttpServletRequest request;

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
                    + "gets the first answer and submits nothing.")
    @APIResponse(responseCode = "201", description = "Submitted; Location names the new application")
    public Response submit(ApiJson.Submission submission) {
        String reference = commands.submit(ApiCallers.with(request, ApiScope.APPLICATIONS_SUBMIT), submission.toContent());
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
    @Path("/{reference}/withdrawal")
    @Operation(operationId = "withdrawApplication", summary = "Withdraw the application, where the portal allows it",
            description = "Scope applications:submit.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdraw(@PathParam("reference") String reference) {
        commands.withdraw(ApiCallers.with(request, ApiScope.APPLICATIONS_SUBMIT), reference);
        return Response.noContent().build();
    }
}
