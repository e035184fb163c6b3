package nl.dictu.tvs.portal.web.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.dictu.tvs.portal.usecase.termination.ConnectionTermination;
import nl.dictu.tvs.portal.usecase.application.ApplicationCommands;
import nl.dictu.tvs.portal.usecase.application.ApplicantDossier;
import nl.dictu.tvs.portal.usecase.application.PreproductionMetadataCommands;
import nl.dictu.tvs.portal.usecase.application.ApplicantQueries;
import nl.dictu.tvs.portal.usecase.application.ApplicationQueries;
import nl.dictu.tvs.portal.usecase.application.ChecklistQueries;
import nl.dictu.tvs.portal.usecase.application.ChecklistStatus;
import nl.dictu.tvs.portal.usecase.application.SubmittedContentQueries;
import nl.dictu.tvs.portal.usecase.application.ApplicationStatusView;
import nl.dictu.tvs.portal.usecase.cluster.ClusterApplications;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/applications}: an applicant's applications. Submitting returns 201 with the new
 * reference; refusals come back as {@link RefusalMapper} describes.
 */
@Path("/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

    @EJB
    private ApplicationCommands commands;

    @EJB
    private PreproductionMetadataCommands preproductionMetadata;

    @EJB
    private ApplicationQueries queries;

    @EJB
    private ApplicantQueries applicantQueries;

    @EJB
    private ChecklistQueries checklists;

    @EJB
    private SubmittedContentQueries submittedContent;

    @EJB
    private ConnectionTermination terminations;

    @EJB
    private ClusterApplications clusterApplications;

    @Context
    private HttpServletRequest request;

    @GET
    public List<ApplicationStatusView> mine() {
        return queries.myApplications(SignedInUsers.of(request));
    }

    @POST
    public Response submit(ApiJson.Submission submission) {
        String reference = clusterApplications.submit(SignedInUsers.of(request), submission.toContent(), submission.members());
        return Response.created(URI.create("applications/" + reference)).entity(Map.of("reference", reference)).build();
    }

    /** The application as its applicant's page shows it ({@link ApplicantDossier}): the same read model. */
    @GET
    @Path("/{reference}")
    public ApplicantDossier details(@PathParam("reference") String reference) {
        return applicantQueries.dossier(SignedInUsers.of(request), reference);
    }

    /**
     * The certificate or metadata of the current version as a file, also when it was pasted rather
     * than uploaded ({@code kind}: CERTIFICATE, METADATA, PRODUCTION_CERTIFICATE, PRODUCTION_METADATA).
     */
    @GET
    @Path("/{reference}/submitted/{kind}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response submittedFile(@PathParam("reference") String reference, @PathParam("kind") String kind) {
        return FilesResource.attachment(submittedContent.versionContent(SignedInUsers.of(request), reference, kind));
    }

    @POST
    @Path("/{reference}/correction")
    public Response correct(@PathParam("reference") String reference, ApiJson.Correction correction) {
        commands.correct(SignedInUsers.of(request), reference, correction.toCorrection());
        return Response.noContent().build();
    }

    @POST
    @Path("/{reference}/production-request")
    public Response requestProduction(@PathParam("reference") String reference, ApiJson.Production production) {
        commands.requestProduction(SignedInUsers.of(request), reference, production.toRequest());
        return Response.noContent().build();
    }

    /** Task {@code uploadPreproductionMetadata}: metadata listing the issued ServiceUUIDs, checked as the page checks it. */
    @POST
    @Path("/{reference}/preproduction-metadata")
    public Response uploadPreproductionMetadata(@PathParam("reference") String reference,
                                                ApiJson.PreproductionMetadata metadata) {
        preproductionMetadata.upload(SignedInUsers.of(request), reference, metadata.certificatePem(), metadata.metadata());
        return Response.noContent().build();
    }

    /** Task {@code uploadPreproductionMetadata}, the other way: the web service sends its ServiceUUID in the AuthnRequest. */
    @POST
    @Path("/{reference}/service-uuid-in-authn-request")
    public Response sendServiceUuidInAuthnRequest(@PathParam("reference") String reference) {
        preproductionMetadata.sendServiceUuidInAuthnRequest(SignedInUsers.of(request), reference);
        return Response.noContent().build();
    }

    @GET
    @Path("/{reference}/checklist")
    public ChecklistStatus checklist(@PathParam("reference") String reference) {
        return checklists.checklistOf(SignedInUsers.of(request), reference);
    }

    @POST
    @Path("/{reference}/checklist-rework")
    public Response reworkChecklist(@PathParam("reference") String reference, ApiJson.Rework rework) {
        commands.reworkChecklist(SignedInUsers.of(request), reference, rework.toAnswers(), rework.toMemberAnswers());
        return Response.noContent().build();
    }

    @POST
    @Path("/{reference}/withdrawal")
    public Response withdraw(@PathParam("reference") String reference) {
        commands.withdraw(SignedInUsers.of(request), reference);
        return Response.noContent().build();
    }

    /** Ends the live connection: by a member of the organisation, or by a reviewer for DICTU. */
    @POST
    @Path("/{reference}/termination")
    public Response terminate(@PathParam("reference") String reference, ApiJson.TerminationRequest termination) {
        terminations.terminate(SignedInUsers.of(request), reference, termination.endsOnDate(), termination.reason());
        return Response.noContent().build();
    }
}
