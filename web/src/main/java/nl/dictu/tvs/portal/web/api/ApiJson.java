package nl.dictu.tvs.portal.web.api;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.administration.AccountByAdmin;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMemberRequest;
import nl.dictu.tvs.portal.usecase.application.MemberItemVerdict;
import nl.dictu.tvs.portal.usecase.cluster.MemberVerdict;
import nl.dictu.tvs.portal.usecase.review.ItemVerdict;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.domain.application.ConvertedRows;
import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.IdentifyingAttribute;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.application.RequestedAttribute;
import nl.dictu.tvs.portal.domain.application.ProductionRequest;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The request bodies of the API, as JSON-B binds them, and their translation to the services' types. */
public final class ApiJson {

    private ApiJson() {
    }

    /**
     * A service as a catalogue entry and its minimum levels, e.g. {@code {"name":"Afvalpas","nameEn":"Waste pass",
     * "minimumLevels":["DIGID_MIDDEN"],"description":"...","url":"https://...","privacyPolicyUrl":"https://...",
     * "identifyingAttributes":["KVKNR"],"requestedAttributes":[{"name":"...","purposeNl":"...","purposeEn":"..."}],
     * "machtigen":false}}; {@code name} is the Dutch name; all but the names and levels are optional. An eIDAS level
     * among the minimum levels means eIDAS is offered, as a catalogue entry of its own.
     */
    public record Service(String name, String nameEn, List<String> minimumLevels, String description, String url,
                          String privacyPolicyUrl, List<String> identifyingAttributes,
                          List<RequestedAttributeJson> requestedAttributes, Boolean machtigen) {

        /** A declared service as JSON: levels and identifying attributes sorted, so a copy compares equal. */
        public static Service of(ServiceDeclaration s) {
            return new Service(s.name(), s.nameEn(), s.minimumLevels().stream().sorted().map(Enum::name).toList(),
                    s.description(), s.url(), s.privacyPolicyUrl(),
                    s.identifyingAttributes().stream().sorted().map(Enum::name).toList(),
                    s.requestedAttributes().stream().map(a -> new RequestedAttributeJson(a.name(), a.purposeNl(),
                            a.purposeEn())).toList(), s.machtigen());
        }

        ServiceDeclaration toDeclaration() {
            Set<AssuranceLevel> levels = EnumSet.noneOf(AssuranceLevel.class);
            for (String level : minimumLevels == null ? List.<String>of() : minimumLevels) {
                try {
                    levels.add(AssuranceLevel.valueOf(level));
                } catch (IllegalArgumentException e) {
                    throw InvalidApplicationException.of("minimumLevels", "application.invalid.noLoginMeans",
                            String.valueOf(name));
                }
            }
            Set<IdentifyingAttribute> types = EnumSet.noneOf(IdentifyingAttribute.class);
            for (String type : identifyingAttributes == null ? List.<String>of() : identifyingAttributes) {
                types.add(enumValue("identifyingAttributes", IdentifyingAttribute.class, type,
                        "application.invalid.identifyingAttribute"));
            }
            List<RequestedAttribute> attributes = ConvertedRows.of("requestedAttributes", requestedAttributes,
                    RequestedAttributeJson::toAttribute).orThrow();
            return new ServiceDeclaration(name == null ? "" : name, nameEn, levels, description, url, privacyPolicyUrl,
                    types, attributes, Boolean.TRUE.equals(machtigen));
        }
    }

    /**
     * An organisation a supplier's cluster application serves: {@code {"oin":"0000...","services":["Parkeervergunning"],
     * "albDecisionFileId":12}}; {@code albDecisionFileId} (an {@code ALB_DECISION} upload, {@code POST /api/files})
     * is the RvIG decision of an organisation that is not on the ALB list, left out for one that is; {@code checklist}
     * holds the organisation's own answers (as the submission's) to the items where they differ from the cluster's,
     * left out where it takes the cluster's answers.
     */
    public record ClusterMemberJson(String oin, List<String> services, Long albDecisionFileId, List<Answer> checklist) {

        public ClusterMemberRequest toRequest() {
            return new ClusterMemberRequest(oin, services, albDecisionFileId, checklist == null ? List.of() : answers(checklist));
        }
    }

    /** An attribute a service requests from eHerkenning, with its purpose in Dutch and English. */
    public record RequestedAttributeJson(String name, String purposeNl, String purposeEn) {

        RequestedAttribute toAttribute() {
            return new RequestedAttribute(name, purposeNl, purposeEn);
        }
    }

    /**
     * A submission; the metadata travels as Base64, exactly the uploaded bytes. {@code serviceUuidDelivery} says how
     * the web service sends its ServiceUUID: {@code METADATA} (the default when left out) or {@code AUTHN_REQUEST}.
     * A supplier lists the organisations its cluster application serves in {@code clusterMembers}; any other
     * organisation leaves it out.
     */
    public record Submission(List<Service> services, boolean eenmaligInloggen, String certificatePem,
                             String metadataBase64, String termsVersion, List<ContactJson> contacts,
                             List<Answer> checklist, String serviceUuidDelivery, List<ClusterMemberJson> clusterMembers) {

        /** The served organisations of a supplier's cluster application; empty for any other. */
        public List<ClusterMemberRequest> members() {
            return clusterMembers == null ? List.of()
                    : clusterMembers.stream().map(m -> m == null ? new ClusterMemberRequest("", List.of())
                            : m.toRequest()).toList();
        }

        public ApplicationContent toContent() {
            return new ApplicationContent(declarations(services), eenmaligInloggen, certificatePem,
                    decode(metadataBase64), termsVersion == null ? "" : termsVersion, contactList(contacts),
                    answers(checklist), serviceUuidDelivery == null ? ServiceUuidDelivery.METADATA
                            : enumValue("serviceUuidDelivery", ServiceUuidDelivery.class, serviceUuidDelivery,
                                    "application.invalid.serviceUuidDelivery"));
        }
    }

    /**
     * A correction after findings: only what a correction may change. Other fields (for example
     * those of the submission it corrects: {@code eenmaligInloggen}, {@code termsVersion},
     * {@code checklist}) are not part of it and are ignored; the new version keeps them as submitted.
     */
    public record Correction(List<Service> services, List<ContactJson> contacts, String certificatePem,
                             String metadataBase64) {

        public nl.dictu.tvs.portal.usecase.application.Correction toCorrection() {
            return new nl.dictu.tvs.portal.usecase.application.Correction(declarations(services), contactList(contacts),
                    certificatePem, decode(metadataBase64));
        }
    }

    /**
     * A change request on a live connection: the application, the environment ({@code PREPRODUCTION} or
     * {@code PRODUCTION}) and the whole registration of that environment as it should be: services, contacts, the
     * certificate and the metadata (Base64). Start from {@code GET /api/change-requests/live}.
     */
    public record ChangeRequestBody(String reference, String environment, List<Service> services,
                                    List<ContactJson> contacts, String certificatePem, String metadataBase64) {

        public nl.dictu.tvs.portal.usecase.change.ChangeProposal toProposal() {
            return new nl.dictu.tvs.portal.usecase.change.ChangeProposal(environment == null ? null
                    : enumValue("environment", ConnectionEnvironment.class, environment, "change.environment.missing"),
                    declarations(services), contactList(contacts), certificatePem, decode(metadataBase64));
        }
    }

    /** A served organisation to disconnect from a live cluster connection: {@code {"reference","environment","oin"}}. */
    public record MemberRemovalBody(String reference, String environment, String oin) {

        nl.dictu.tvs.portal.usecase.change.MemberRemoval toRemoval() {
            return new nl.dictu.tvs.portal.usecase.change.MemberRemoval(changeEnvironment(environment), oin);
        }
    }

    /**
     * A served organisation to connect to a live cluster connection: {@code reference}, {@code environment}, {@code oin},
     * {@code name}, {@code services}; when it is not on the ALB list RvIG's decision as {@code rvigDecisionFileName} and
     * {@code rvigDecisionBase64} (a PDF); when the live cluster metadata has no entity of it, {@code metadataBase64}.
     */
    public record MemberAdditionBody(String reference, String environment, String oin, String name, List<String> services,
                                     String rvigDecisionFileName, String rvigDecisionBase64, String metadataBase64) {

        nl.dictu.tvs.portal.usecase.change.MemberAddition toAddition() {
            byte[] decision;
            try {
                decision = rvigDecisionBase64 == null ? null : Base64.getDecoder().decode(rvigDecisionBase64);
            } catch (IllegalArgumentException e) {
                throw InvalidApplicationException.of("rvigDecision", "change.member.decisionNotBase64");
            }
            return new nl.dictu.tvs.portal.usecase.change.MemberAddition(changeEnvironment(environment), oin, name,
                    services, rvigDecisionFileName, decision, decode(metadataBase64));
        }
    }

    /** The environment of a change request, or null for the service to refuse once it knows who asks. */
    private static ConnectionEnvironment changeEnvironment(String environment) {
        return environment == null ? null
                : enumValue("environment", ConnectionEnvironment.class, environment, "change.environment.missing");
    }

    /** The environment named ({@code PREPRODUCTION} or {@code PRODUCTION}, any case), or null for the service to refuse once it knows who asks. */
    public static ConnectionEnvironment environmentOrNull(String environment) {
        try {
            return ConnectionEnvironment.valueOf(String.valueOf(environment).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A reviewer's decision on a change request; a refusal needs its reason. */
    public record ChangeDecision(boolean accepted, String reason) {
    }

    /** The updated preproduction metadata with the issued ServiceUUIDs, and the certificate it is signed with. */
    public record PreproductionMetadata(String certificatePem, String metadataBase64) {

        public byte[] metadata() {
            return decode(metadataBase64);
        }
    }

    private static List<ServiceDeclaration> declarations(List<Service> services) {
        return ConvertedRows.of("services", services, Service::toDeclaration).orThrow();
    }

    private static List<Contact> contactList(List<ContactJson> contacts) {
        return ConvertedRows.of("contacts", contacts, ContactJson::toContact).orThrow();
    }

    /** A contact: {@code {"role":"TECHNICAL","name":"...","email":"...","phone":"..."}}. */
    public record ContactJson(String role, String name, String email, String phone) {

        public static ContactJson of(Contact c) {
            return new ContactJson(c.role().name(), c.name(), c.email(), c.phone());
        }

        Contact toContact() {
            return new Contact(enumValue("role", ContactRole.class, role, "application.invalid.contactName"), name, email,
                    phone);
        }
    }

    /** A checklist answer: {@code {"code":"C1","answer":"YES|NO|NOT_APPLICABLE","explanation":"...","evidenceFileId":12}}. */
    public record Answer(String code, String answer, String explanation, Long evidenceFileId) {

        ChecklistAnswer toAnswer() {
            return new ChecklistAnswer(code == null ? "" : code,
                    enumValue("answer", ChecklistAnswerChoice.class, answer, "application.invalid.checklistAnswerMissing", code),
                    explanation, evidenceFileId);
        }
    }

    /**
     * The rework of rejected checklist items; in a cluster application also of its served organisations' rejected own
     * answers: {@code "members":[{"oin":"0000...","checklist":[{"code":"C2","answer":"YES",...}]}]}.
     */
    public record Rework(List<Answer> checklist, List<MemberRework> members) {

        List<ChecklistAnswer> toAnswers() {
            return checklist == null ? List.of() : answers(checklist);
        }

        /** Per member OIN, its new answers. */
        java.util.Map<String, List<ChecklistAnswer>> toMemberAnswers() {
            java.util.Map<String, List<ChecklistAnswer>> byMember = new java.util.LinkedHashMap<>();
            if (members != null) {
                members.stream().filter(java.util.Objects::nonNull).forEach(member -> byMember.put(
                        String.valueOf(member.oin()), member.checklist() == null ? List.of() : answers(member.checklist())));
            }
            return byMember;
        }
    }

    /** One served organisation's new answers in a {@link Rework}. */
    public record MemberRework(String oin, List<Answer> checklist) {
    }

    private static List<ChecklistAnswer> answers(List<Answer> checklist) {
        return ConvertedRows.of("checklist", checklist, Answer::toAnswer).orThrow();
    }

    private static <E extends Enum<E>> E enumValue(String field, Class<E> type, String value, String messageKey,
                                                   Object... arguments) {
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw InvalidApplicationException.of(field, messageKey,
                    arguments.length == 0 ? new Object[] {String.valueOf(value)} : arguments);
        }
    }

    /**
     * The production request; {@code desiredGoLive} as {@code yyyy-MM-dd}, today or later; {@code checklist}
     * answers the production items of the application's checklist version (e.g. C1), if it has any.
     */
    public record Production(String certificatePem, String metadataBase64, boolean testingCompleted, String desiredGoLive,
                             List<Answer> checklist) {

        public ProductionRequest toRequest() {
            return new ProductionRequest(certificatePem, decode(metadataBase64), testingCompleted, date(desiredGoLive),
                    checklist == null ? List.of() : answers(checklist));
        }

        private static LocalDate date(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw InvalidApplicationException.of("desiredGoLive", "applicant.production.goLiveInvalid");
            }
        }
    }

    /** The end of a live connection: {@code endsOn} as {@code yyyy-MM-dd}, today or later, and the reason. */
    public record TerminationRequest(String endsOn, String reason) {

        LocalDate endsOnDate() {
            if (endsOn == null || endsOn.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(endsOn.strip());
            } catch (DateTimeParseException e) {
                throw ActionRefusedException.of("endsOn", "termination.date.invalid");
            }
        }
    }

    /**
     * A task decision: accepted, reason (of a rejection), reference (e.g. the DigiD connection's),
     * and for the checklist assessment one verdict per item: {@code {"code":"C1","accepted":false,"comment":"..."}};
     * at the registration {@code "serviceUuidsPerEnvironment":true} issues a ServiceUUID per environment; for a
     * cluster application's RvIG decisions one verdict per served organisation:
     * {@code "memberVerdicts":[{"oin":"0000...","accepted":false,"reason":"..."}]} ({@code reference}: RvIG's, optional);
     * for a cluster application's checklist assessment, besides {@code verdicts}, one verdict per served organisation's
     * own answer under assessment: {@code "memberItemVerdicts":[{"oin":"0000...","code":"C2","accepted":false,
     * "comment":"..."}]}.
     */
    public record Decision(Boolean accepted, String reason, String reference, List<Verdict> verdicts,
                           Boolean serviceUuidsPerEnvironment, List<MemberVerdictJson> memberVerdicts,
                           List<MemberItemVerdictJson> memberItemVerdicts) {

        public TaskDecision toDecision() {
            return new TaskDecision(accepted, reason, reference, verdicts == null ? List.of()
                    : verdicts.stream().map(v -> new ItemVerdict(v.code(), v.accepted(), v.comment())).toList(),
                    Boolean.TRUE.equals(serviceUuidsPerEnvironment), memberVerdicts == null ? List.of()
                    : memberVerdicts.stream().filter(java.util.Objects::nonNull)
                            .map(v -> new MemberVerdict(v.oin(), v.accepted(), v.reference(), v.reason())).toList(),
                    memberItemVerdicts == null ? List.of() : memberItemVerdicts.stream().filter(java.util.Objects::nonNull)
                            .map(v -> new MemberItemVerdict(v.oin(), v.code(), v.accepted(), v.comment())).toList());
        }
    }

    /** One verdict on a served organisation's own checklist answer in a {@link Decision}. */
    public record MemberItemVerdictJson(String oin, String code, boolean accepted, String comment) {
    }

    /** One served organisation's RvIG decision verdict in a {@link Decision}. */
    public record MemberVerdictJson(String oin, boolean accepted, String reference, String reason) {
    }

    /** One checklist item's verdict in a {@link Decision}. */
    public record Verdict(String code, boolean accepted, String comment) {
    }

    /**
     * A new account by an admin: {@code {"username":"p.jansen","displayName":"Piet Jansen",
     * "email":"piet@...","roles":["applicant"],"organisationOin":"0000..."}}; the OIN only for an applicant.
     */
    public record NewUser(String username, String displayName, String email, List<String> roles, String organisationOin) {

        AccountByAdmin toAccount() {
            return new AccountByAdmin(username, displayName, email,
                    roles == null ? Set.of() : new LinkedHashSet<>(roles), organisationOin);
        }
    }

    private static byte[] decode(String base64) {
        if (base64 == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw InvalidApplicationException.of("metadata", "application.invalid.metadata");
        }
    }
}
