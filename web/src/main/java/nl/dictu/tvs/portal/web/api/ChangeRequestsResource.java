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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.change.ChangePreview;
import nl.dictu.tvs.portal.usecase.change.ChangeRequestView;
import nl.dictu.tvs.portal.usecase.change.ChangeRequests;
import nl.dictu.tvs.portal.usecase.change.ChangeReviews;
import nl.dictu.tvs.portal.usecase.change.ChangeableConnection;
import nl.dictu.tvs.portal.usecase.change.ExportFile;
import nl.dictu.tvs.portal.usecase.change.LiveRegistration;
import nl.dictu.tvs.portal.usecase.change.MemberChangeRequests;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/change-requests}: change requests on a live connection, with the same services (and rules) as the
 * pages. Applicants: their live connections, the live copy of one environment, the preview of an edited copy, starting
 * and withdrawing a request, following it; for a supplier's cluster connection its served organisations and requests to
 * add or remove one. Reviewers: the requests in progress, the decision, the export of what to
 * load into TVS and recording the load.
 */
@Path("/change-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChangeRequestsResource {

    @EJB
    private ChangeRequests changes;

    @EJB
    private ChangeReviews reviews;

    @EJB
    private MemberChangeRequests memberChanges;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    /** Reviewers: every request in progress; applicants: the requests of their application {@code reference}. */
    @GET
    public List<ChangeRequestView> list(@QueryParam("reference") String reference) {
        SignedInUser user = SignedInUsers.of(request);
        return user.hasRole(Role.REVIEWER_NAME) && reference == null ? reviews.inProgress(user, locale())
                : changes.ofApplication(user, reference, locale());
    }

    @GET
    @Path("/connections")
    public List<ChangeableConnection> connections() {
        return changes.connections(SignedInUsers.of(request));
    }

    /** What is live in the environment: the body of a change request that changes nothing, to edit. */
    @GET
    @Path("/live")
    public Map<String, Object> live(@QueryParam("reference") String reference, @QueryParam("environment") String environment) {
        LiveRegistration live = changes.liveCopy(SignedInUsers.of(request), reference, ApiJson.environmentOrNull(environment));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", live.reference());
        body.put("environment", live.environment().name());
        body.put("version", live.version());
        body.put("services", live.services().stream().map(ApiJson.Service::of).toList());
        body.put("contacts", live.contacts().stream().map(ApiJson.ContactJson::of).toList());
        body.put("certificatePem", live.certificatePem());
        body.put("metadataBase64", Base64.getEncoder().encodeToString(live.metadata()));
        return body;
    }

    @POST
    @Path("/preview")
    public ChangePreview preview(ApiJson.ChangeRequestBody body) {
        return changes.preview(SignedInUsers.of(request), body.reference(), body.toProposal(), locale());
    }

    @POST
    public Response submit(ApiJson.ChangeRequestBody body) {
        return created(changes.submit(SignedInUsers.of(request), body.reference(), body.toProposal(), locale()));
    }

    /** A cluster connection's aansluitbestand in the environment: every served organisation, connected and not. */
    @GET
    @Path("/members")
    public List<Map<String, Object>> members(@QueryParam("reference") String reference,
                                             @QueryParam("environment") String environment) {
        return memberChanges.members(SignedInUsers.of(request), reference, ApiJson.environmentOrNull(environment)).stream()
                .map(row -> {
                    Map<String, Object> member = new LinkedHashMap<>();
                    member.put("oin", row.oin());
                    member.put("name", row.name());
                    member.put("connectedOn", row.connectedOn().toString());
                    member.put("disconnectedOn", row.disconnectedOn().map(Object::toString).orElse(null));
                    member.put("connected", row.isConnected());
                    return member;
                }).toList();
    }

    /** Starts a request to disconnect a served organisation of a cluster connection (the fast lane). */
    @POST
    @Path("/member-removals")
    public Response requestRemoval(ApiJson.MemberRemovalBody body) {
        return created(memberChanges.requestRemoval(SignedInUsers.of(request), body.reference(), body.toRemoval(), locale()));
    }

    /** Starts a request to connect a served organisation to a cluster connection (reviewed with four eyes). */
    @POST
    @Path("/member-additions")
    public Response requestAddition(ApiJson.MemberAdditionBody body) {
        return created(memberChanges.requestAddition(SignedInUsers.of(request), body.reference(), body.toAddition(),
                locale()));
    }

    private static Response created(ChangeRequestView started) {
        return Response.created(URI.create("/api/change-requests/" + started.reference())).entity(started).build();
    }

    @GET
    @Path("/{changeReference}")
    public ChangeRequestView view(@PathParam("changeReference") String changeReference) {
        return changes.view(SignedInUsers.of(request), changeReference, locale());
    }

    @POST
    @Path("/{changeReference}/withdrawal")
    public Response withdraw(@PathParam("changeReference") String changeReference) {
        changes.withdraw(SignedInUsers.of(request), changeReference);
        return Response.noContent().build();
    }

    /** A reviewer's decision: {@code {"accepted":true}} or {@code {"accepted":false,"reason":"..."}}. */
    @POST
    @Path("/{changeReference}/decision")
    public Response decide(@PathParam("changeReference") String changeReference, ApiJson.ChangeDecision decision) {
        reviews.decide(SignedInUsers.of(request), changeReference, decision.accepted(), decision.reason());
        return Response.noContent().build();
    }

    /** What to load into TVS for the applied change, as a JSON file. */
    @GET
    @Path("/{changeReference}/export")
    public Response export(@PathParam("changeReference") String changeReference) {
        ExportFile file = reviews.export(SignedInUsers.of(request), changeReference);
        return Response.ok(file.content(), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** Records that the signed-in reviewer loaded the applied change into TVS. */
    @POST
    @Path("/{changeReference}/loaded")
    public Response loaded(@PathParam("changeReference") String changeReference) {
        reviews.loaded(SignedInUsers.of(request), changeReference);
        return Response.noContent().build();
    }

    private Locale locale() {
        return ApiMessages.locale(headers.getAcceptableLanguages());
    }
}
