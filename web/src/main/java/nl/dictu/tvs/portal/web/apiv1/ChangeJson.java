package nl.dictu.tvs.portal.web.apiv1;

import jakarta.json.bind.annotation.JsonbProperty;
import nl.dictu.tvs.portal.domain.change.MemberChange;
import nl.dictu.tvs.portal.shared.error.ActionConflictException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.findings.ReadableFinding;
import nl.dictu.tvs.portal.usecase.change.ChangeDifference;
import nl.dictu.tvs.portal.usecase.change.ChangePreview;
import nl.dictu.tvs.portal.usecase.change.ChangeProposal;
import nl.dictu.tvs.portal.usecase.change.ChangeRequestView;
import nl.dictu.tvs.portal.usecase.change.ChangeableConnection;
import nl.dictu.tvs.portal.usecase.change.LiveRegistration;
import nl.dictu.tvs.portal.usecase.change.MemberAddition;
import nl.dictu.tvs.portal.usecase.change.MemberChangeRules;
import nl.dictu.tvs.portal.usecase.change.MemberChangeView;
import nl.dictu.tvs.portal.usecase.change.MemberRemoval;
import nl.dictu.tvs.portal.usecase.cluster.AansluitbestandRow;
import nl.dictu.tvs.portal.web.api.ApiJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JSON of API v1's change requests on live connections. A body sent to {@code /change-requests} has a
 * {@code kind}: {@code registration} (the only one, the default) carries the whole registration of one environment as
 * it should be. A served organisation added to or removed from a supplier's cluster connection has a collection of its
 * own ({@code /change-requests/member-additions}, {@code /change-requests/member-removals}), each with a body of its
 * own, so each has one fixed schema (a generated client gets a class per body, no polymorphic one). Every change
 * request reads the same ({@link ChangeRequestDetails}), its {@code kind} saying which of the three it is.
 */
public final class ChangeJson {

    static final String CONNECTIONS = "/api/" + ApiV1.PATH + "/connections";
    static final String CHANGE_REQUESTS = "/api/" + ApiV1.PATH + "/change-requests";
    static final String APPLICATIONS = "/api/" + ApiV1.PATH + "/applications";
    /** The kind of a change request that changes the registration of one environment. */
    static final String REGISTRATION = "registration";
    /** The kind of a change request that connects a served organisation to a supplier's cluster connection. */
    static final String MEMBER_ADDITION = "member-addition";
    /** The kind of a change request that disconnects a served organisation from a supplier's cluster connection. */
    static final String MEMBER_REMOVAL = "member-removal";
    /**
     * The longest Base64 of RvIG's decision: of a PDF of 10 MiB, the largest the pages take
     * ({@code FilePurpose.ALB_DECISION}); 4 characters for every 3 bytes begun.
     */
    static final int DECISION_BASE64_MAX = 13_981_016;
    /** The longest Base64 of cluster metadata: of a file of 1 MiB, the largest the pages take ({@code FilePurpose.METADATA}). */
    static final int METADATA_BASE64_MAX = 1_398_104;
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private static final Map<String, String> MEMBER_FIELDS = Map.of(
            MemberChangeRules.DECISION, "rvigDecisionBase64", MemberChangeRules.METADATA, "metadataBase64");
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
                    + "whole. A served organisation is connected to or disconnected from a supplier's cluster connection "
                    + "at POST /change-requests/member-additions and /change-requests/member-removals instead.",
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

    /**
     * A served organisation to connect to the supplier's live cluster connection in one environment, "like a new
     * application for it". The files travel as Base64 in the JSON, no larger than the pages take them.
     */
    public record MemberAdditionSubmission(
            @Schema(description = "The supplier's cluster application whose live connection changes",
                    examples = "TVS-2026-00042", required = true) String reference,
            @Schema(description = "PREPRODUCTION or PRODUCTION", enumeration = {"PREPRODUCTION", "PRODUCTION"},
                    required = true) String environment,
            @Schema(description = "The served organisation's OIN (20 digits); it gave the supplier a mandate in force",
                    examples = "00000001234567890000", required = true) String oin,
            @Schema(description = "Its name as on the ALB list", maxLength = MemberChange.NAME_MAX, required = true)
            String name,
            @Schema(description = "Its own services, at least one; together at most "
                    + MemberChange.SERVICES_MAX + " characters", required = true) List<String> services,
            @Schema(description = "The file name of RvIG's decision, e.g. besluit.pdf (with rvigDecisionBase64)")
            String rvigDecisionFileName,
            @Schema(description = "RvIG's decision on the organisation's BSN entitlement: the PDF's bytes in Base64 "
                    + "(RFC 4648), at most 10 MiB before encoding. Required when the organisation is not on the ALB list; "
                    + "left out when it is.", contentEncoding = "base64", contentMediaType = "application/pdf",
                    maxLength = DECISION_BASE64_MAX) String rvigDecisionBase64,
            @Schema(description = "New cluster metadata for the environment (signed with the connection's live "
                    + "certificate), the file's bytes in Base64 (RFC 4648), at most 1 MiB before encoding. Only when "
                    + "the live cluster metadata has no entity of the organisation yet; left out to keep the live one.",
                    contentEncoding = "base64", contentMediaType = "application/samlmetadata+xml",
                    maxLength = METADATA_BASE64_MAX) String metadataBase64) {

        MemberAddition toAddition() {
            return new MemberAddition(ApiJson.environmentOrNull(environment), oin, name, services, rvigDecisionFileName,
                    base64("rvigDecisionBase64", rvigDecisionBase64, "change.member.decisionNotBase64"),
                    base64("metadataBase64", metadataBase64, "api.metadataCheck.base64"));
        }
    }

    /** A served organisation to disconnect from the supplier's live cluster connection in one environment. */
    public record MemberRemovalSubmission(
            @Schema(description = "The supplier's cluster application whose live connection changes",
                    examples = "TVS-2026-00042", required = true) String reference,
            @Schema(description = "PREPRODUCTION or PRODUCTION", enumeration = {"PREPRODUCTION", "PRODUCTION"},
                    required = true) String environment,
            @Schema(description = "The OIN of the served organisation, connected in the environment now (see GET "
                    + "/connections/{reference}/{environment}/members)", examples = "00000001234567890000",
                    required = true) String oin) {

        MemberRemoval toRemoval() {
            return new MemberRemoval(ApiJson.environmentOrNull(environment), oin);
        }
    }

    /**
     * A refusal of a member change with the field named as the body names it ({@code rvigDecisionBase64},
     * {@code metadataBase64}) where the service names what it carries ({@code rvigDecision}, {@code metadata}).
     */
    static ActionRefusedException inBody(ActionRefusedException refusal) {
        String field = MEMBER_FIELDS.get(String.valueOf(refusal.field()));
        return field == null || refusal instanceof ActionConflictException ? refusal
                : ActionRefusedException.of(field, refusal.messageKey(), refusal.arguments().toArray(String[]::new));
    }

    private static byte[] base64(String field, String value, String messageKey) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            // strict, line breaks allowed: the MIME decoder would skip any character outside the alphabet unnoticed
            return Base64.getDecoder().decode(WHITESPACE.matcher(value).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw ActionRefusedException.of(field, messageKey);
        }
    }

    /**
     * One organisation in the aansluitbestand of a cluster connection in one environment: when it was connected and,
     * once it left the cluster, when it was disconnected.
     */
    public record ConnectionMember(@Schema(description = "The organisation's OIN") String oin, String name,
                                   LocalDate connectedOn,
                                   @Schema(description = "Absent while it is connected") LocalDate disconnectedOn,
                                   boolean connected) {
        static ConnectionMember of(AansluitbestandRow row) {
            return new ConnectionMember(row.oin(), row.name(), row.connectedOn(), row.disconnectedOn().orElse(null),
                    row.isConnected());
        }
    }

    /**
     * The served organisation a change request of kind {@code member-addition} or {@code member-removal} is about:
     * {@code action} {@code ADD} or {@code REMOVE}, its OIN and name; for an addition also its own services, whether it
     * is on the ALB list, the file name of RvIG's decision (when one came with it) and whether the request brings new
     * cluster metadata (its SHA-256 is among the differences).
     */
    public record ServedOrganisationChange(@Schema(enumeration = {"ADD", "REMOVE"}) String action, String oin,
                                           String name, List<String> services, Boolean onAlbList,
                                           String rvigDecisionFileName, Boolean newMetadata) {
        static ServedOrganisationChange of(MemberChangeView member) {
            boolean addition = member.isAddition();
            return new ServedOrganisationChange(member.action(), member.oin(), member.name(),
                    addition ? member.services() : null, addition ? member.onAlbList() : null,
                    member.rvigDecisionFileName(), addition ? member.newMetadata() : null);
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
     * A change request: its {@code kind} ({@code registration}, {@code member-addition} or {@code member-removal}, the
     * latter two with {@code servedOrganisation}, the organisation it connects or disconnects), what it changes
     * against the version it started from, its route ({@code lane}), its
     * {@code status} ({@code OPEN}, {@code APPLIED}, {@code REFUSED}, {@code WITHDRAWN}), who is to move
     * ({@code waitingFor}: {@code reviewer}, {@code secondReviewer}, {@code load} (DICTU loads it into TVS),
     * {@code portal}, {@code nobody}) and by when, and its outcome.
     */
    public record ChangeRequestDetails(String reference,
                                       @Schema(enumeration = {REGISTRATION, MEMBER_ADDITION, MEMBER_REMOVAL}) String kind,
                                       @Schema(description = "For kind member-addition and member-removal: the served "
                                               + "organisation it is about; absent otherwise")
                                       ServedOrganisationChange servedOrganisation,
                                       String applicationReference, String organisationName,
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
            MemberChangeView member = view.member();
            String kind = member == null ? REGISTRATION : member.isAddition() ? MEMBER_ADDITION : MEMBER_REMOVAL;
            return new ChangeRequestDetails(view.reference(), kind,
                    member == null ? null : ServedOrganisationChange.of(member), view.applicationReference(),
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
