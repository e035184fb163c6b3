package nl.dictu.tvs.portal.web.apiv1;

import jakarta.json.bind.annotation.JsonbProperty;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.findings.ReadableFinding;
import nl.dictu.tvs.portal.usecase.change.ChangeDifference;
import nl.dictu.tvs.portal.usecase.change.ChangePreview;
import nl.dictu.tvs.portal.usecase.change.ChangeProposal;
import nl.dictu.tvs.portal.usecase.change.ChangeRequestView;
import nl.dictu.tvs.portal.usecase.change.ChangeableConnection;
import nl.dictu.tvs.portal.usecase.change.LiveRegistration;
import nl.dictu.tvs.portal.web.api.ApiJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of API v1's change requests on live connections. A request body has a {@code kind}: {@code registration}
 * (the only one yet, the default) carries the whole registration of one environment as it should be; another kind
 * (a served organisation added to or removed from a supplier's cluster) comes as another value of {@code kind} with
 * members of its own, so a body of today stays valid.
 */
public final class ChangeJson {

    static final String CONNECTIONS = "/api/" + ApiV1.PATH + "/connections";
    static final String CHANGE_REQUESTS = "/api/" + ApiV1.PATH + "/change-requests";
    static final String APPLICATIONS = "/api/" + ApiV1.PATH + "/applications";
    /** The kind of a change request that changes the registration of one environment. */
    static final String REGISTRATION = "registration";
    private static final String WAITING_PREFIX = "change.waiting.";

    private ChangeJson() {
    }

    /** A live connection (one environment of an application) that a change request can be made on. */
    public record LiveConnection(String reference,
                                 @Schema(description = "PREPRODUCTION or PRODUCTION") String environment,
                                 LocalDate goLiveDate,
                                 @Schema(description = "The change request open on it, if any: only one at a time")
                                 String openChangeRequest,
                                 @JsonbProperty("_links") Map<String, Page.Link> links) {

        static LiveConnection of(ChangeableConnection connection) {
            Map<String, Page.Link> links = new LinkedHashMap<>();
            links.put("registration", link(CONNECTIONS + "/" + connection.reference() + "/" + connection.environment()));
            links.put("application", link(APPLICATIONS + "/" + connection.reference()));
            links.put("changeRequests", link(APPLICATIONS + "/" + connection.reference() + "/change-requests"));
            if (connection.openRequest() != null) {
                links.put("openChangeRequest", link(CHANGE_REQUESTS + "/" + connection.openRequest()));
            }
            return new LiveConnection(connection.reference(), connection.environment(), connection.goLiveDate(),
                    connection.openRequest(), links);
        }
    }

    /**
     * What is live in one environment of a connection: the services and contacts (shared by both environments), that
     * environment's certificate and metadata (Base64), and the application version they are of. Its members are those
     * of a change request body: edit them and send them with {@code kind} {@code registration}.
     */
    public record Registration(String reference, @Schema(description = "PREPRODUCTION or PRODUCTION") String environment,
                               int version, List<ApiJson.Service> services, List<ApiJson.ContactJson> contacts,
                               String certificatePem, String metadataBase64,
                               @JsonbProperty("_links") Map<String, Page.Link> links) {

        static Registration of(LiveRegistration live) {
            String self = CONNECTIONS + "/" + live.reference() + "/" + live.environment().name();
            return new Registration(live.reference(), live.environment().name(), live.version(),
                    live.services().stream().map(ApiJson.Service::of).toList(),
                    live.contacts().stream().map(ApiJson.ContactJson::of).toList(), live.certificatePem(),
                    Base64.getEncoder().encodeToString(live.metadata()),
                    Map.of("self", link(self), "application", link(APPLICATIONS + "/" + live.reference())));
        }
    }

    /**
     * A change request to preview or submit: the application ({@code reference}), the environment and, for
     * {@code kind} {@code registration}, the whole registration of that environment as it should be (start from
     * {@code GET /connections/{reference}/{environment}}).
     */
    public record ChangeRequestSubmission(
            @Schema(description = "registration (the default when left out): the registration of the environment as a "
                    + "whole. Other kinds may be added later, each with members of its own.",
                    enumeration = {REGISTRATION}) String kind,
            @Schema(description = "The application whose live connection changes") String reference,
            @Schema(description = "PREPRODUCTION or PRODUCTION") String environment,
            List<ApiJson.Service> services, List<ApiJson.ContactJson> contacts, String certificatePem,
            @Schema(description = "The metadata file's bytes in Base64") String metadataBase64) {

        /** @throws ActionRefusedException (422, field {@code kind}) for a kind the API does not know */
        ChangeProposal toProposal() {
            if (kind != null && !REGISTRATION.equals(kind)) {
                throw ActionRefusedException.of("kind", "api.changeRequest.kind", kind);
            }
            return new ApiJson.ChangeRequestBody(reference, environment, services, contacts, certificatePem,
                    metadataBase64).toProposal();
        }
    }

    /** One field a change changes, as a person reads it: its label, and the value live and proposed ("-" where absent). */
    public record Difference(String label, String before, String after) {
        static Difference of(ChangeDifference difference) {
            return new Difference(difference.label(), difference.before(), difference.after());
        }
    }

    /** A trust check's finding: its code, severity, status (the severity, or RESOLVED) and the text for a person. */
    public record Finding(String code, String severity, String status, String text) {
        static Finding of(ReadableFinding finding) {
            return new Finding(finding.code(), finding.severity().name(), finding.status(), finding.text());
        }
    }

    /**
     * A change against what is live, with the trust checks run on it; nothing is stored. {@code lane}: {@code FAST}
     * (certificate or metadata only, checks passed) or {@code REVIEWED} (four-eyes review).
     */
    public record Preview(boolean changesNothing, List<Difference> differences, List<Finding> findings,
                          boolean checksPassed, String lane) {
        static Preview of(ChangePreview preview) {
            return new Preview(preview.changesNothing(), preview.differences().stream().map(Difference::of).toList(),
                    preview.findings().stream().map(Finding::of).toList(), preview.checksPassed(), preview.lane().name());
        }
    }

    /**
     * A change request: what it changes against the version it started from, its route ({@code lane}), its
     * {@code status} ({@code OPEN}, {@code APPLIED}, {@code REFUSED}, {@code WITHDRAWN}), who is to move
     * ({@code waitingFor}: {@code reviewer}, {@code secondReviewer}, {@code load} (DICTU loads it into TVS),
     * {@code portal}, {@code nobody}) and by when, and its outcome.
     */
    public record ChangeRequestDetails(String reference, String kind, String applicationReference, String organisationName,
                                       String environment, String lane, String status, Instant requestedAt,
                                       String requestedBy, Instant dueAt, boolean overdue, String waitingFor,
                                       Instant waitingUntil, List<Difference> differences, List<Finding> findings,
                                       boolean checksPassed, String refusalReason, Integer appliedVersion,
                                       Instant loadedAt, @JsonbProperty("_links") Map<String, Page.Link> links) {

        static ChangeRequestDetails of(ChangeRequestView view) {
            String self = CHANGE_REQUESTS + "/" + view.reference();
            Map<String, Page.Link> links = new LinkedHashMap<>();
            links.put("self", link(self));
            links.put("application", link(APPLICATIONS + "/" + view.applicationReference()));
            if (view.isOpen()) {
                links.put("withdrawal", link(self + "/withdrawal"));
            }
            if (view.confirmationDocumentId() != null) {
                links.put("confirmation", link(APPLICATIONS + "/" + view.applicationReference() + "/documents/"
                        + view.confirmationDocumentId()));
            }
            String waitingFor = view.waitingFor() != null && view.waitingFor().startsWith(WAITING_PREFIX)
                    ? view.waitingFor().substring(WAITING_PREFIX.length()) : view.waitingFor();
            return new ChangeRequestDetails(view.reference(), REGISTRATION, view.applicationReference(),
                    view.organisationName(), view.environment(), view.lane(), view.status(), view.requestedAt(),
                    view.requestedBy(), view.dueAt(), view.overdue(), waitingFor, view.waitingUntil(),
                    view.differences().stream().map(Difference::of).toList(),
                    view.findings().stream().map(Finding::of).toList(), view.checksPassed(), view.refusalReason(),
                    view.appliedVersion(), view.loadedAt(), links);
        }
    }

    private static Page.Link link(String href) {
        return new Page.Link(href);
    }
}
