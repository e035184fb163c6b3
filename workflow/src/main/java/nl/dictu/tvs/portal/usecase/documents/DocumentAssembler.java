package nl.dictu.tvs.portal.usecase.documents;

import nl.dictu.tvs.portal.domain.Sha256;
import nl.dictu.tvs.portal.domain.cluster.ClusterMember;
import nl.dictu.tvs.portal.domain.cluster.ClusterRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.document.ApplicantOrganisation;
import nl.dictu.tvs.portal.document.TerminationConfirmationData;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.document.AssessedItem;
import nl.dictu.tvs.portal.document.ChecklistAnswer;
import nl.dictu.tvs.portal.document.Verdict;
import nl.dictu.tvs.portal.document.generate.DocumentText;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.checklist.ChecklistItem;
import nl.dictu.tvs.portal.domain.checklist.ChecklistRepository;
import nl.dictu.tvs.portal.domain.checklist.ChecklistVerdict;
import nl.dictu.tvs.portal.document.ApprovalLetterData;
import nl.dictu.tvs.portal.document.Approvers;
import nl.dictu.tvs.portal.document.AssuranceLevel;
import nl.dictu.tvs.portal.document.CertificateSummary;
import nl.dictu.tvs.portal.document.ChecklistAssessmentData;
import nl.dictu.tvs.portal.document.DossierData;
import nl.dictu.tvs.portal.document.Environment;
import nl.dictu.tvs.portal.document.IssuedServiceNumber;
import nl.dictu.tvs.portal.document.ProductionConfirmationData;
import nl.dictu.tvs.portal.document.ReceiptData;
import nl.dictu.tvs.portal.document.RequestedService;
import nl.dictu.tvs.portal.document.TermsAcceptance;
import nl.dictu.tvs.portal.document.ContactPerson;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.domain.audit.AuditEvent;
import nl.dictu.tvs.portal.shared.json.Json;
import nl.dictu.tvs.portal.domain.audit.AuditTrail;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.usecase.checking.EndEntityCertificate;
import nl.dictu.tvs.portal.trust.certificate.CertificateFacts;
import nl.dictu.tvs.portal.trust.metadata.MetadataEntityIds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PREPRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PREPRODUCTION_APPROVAL_ACCEPTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PRODUCTION_APPROVAL_ACCEPTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_PRODUCTION;

/**
 * The one mapping from the domain (the application and its versions, the issued ServiceUUIDs, the
 * audit trail's record of who completed which task when) to the records the documents are made of.
 * Everything it reads is kept for good, so assembling the same round again gives the same record.
 */
@Dependent
public class DocumentAssembler {

    /** The audit action of a completed task; the reviewer and moment of a decision come from it. */
    static final String TASK_COMPLETED = "taskCompleted";
    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final ApplicationRepository applications;
    private final AuditTrail audit;
    private final UserAccountRepository accounts;
    private final ChecklistRepository checklists;
    private final ApplicationUploads uploads;
    private final ClusterRepository clusters;

    @Inject
    public DocumentAssembler(ApplicationRepository applications, AuditTrail audit, UserAccountRepository accounts,
                             ChecklistRepository checklists, ApplicationUploads uploads, ClusterRepository clusters) {
        this.clusters = clusters;
        this.applications = applications;
        this.audit = audit;
        this.accounts = accounts;
        this.checklists = checklists;
        this.uploads = uploads;
    }

    /** The receipt of the application's version {@code versionNumber}. */
    public ReceiptData receipt(Application application, int versionNumber, Locale language) {
        ApplicationVersion version = version(application, versionNumber);
        byte[] metadata = version.getPreproductionMetadata();
        var terms = version.getTermsAcceptance();
        Comparator<String> checklistOrder = uploads.checklistOrder(application);
        return new ReceiptData(application.getReference(), organisation(application), version.getSubmittedAt(),
                version.services().stream().map(DocumentAssembler::requested).toList(), version.isEenmaligInloggen(),
                certificate(version.getCertificatePem()),
                MetadataEntityIds.of(metadata).orElse("-"),
                version.checklistAnswers().stream()
                        .sorted(Comparator.comparing(nl.dictu.tvs.portal.domain.application.ChecklistAnswer::itemCode, checklistOrder))
                        .map(a -> new ChecklistAnswer(a.itemCode(), question(application, a.itemCode(), language),
                                answer(a, language), source(application, a.itemCode(), language)))
                        .toList(),
                new TermsAcceptance(terms.termsVersion(), displayName(terms.acceptedBy()), terms.acceptedAt()),
                uploads.of(application, version).stream().map(ApplicationUploads.StoredUpload::file).toList(),
                version.contacts().stream().map(c -> new ContactPerson(c.role().name(), c.name(), c.email(), c.phone()))
                        .toList(),
                version.getServiceUuidDelivery());
    }

    /**
     * The report of the {@code round}-th assessment of the checklist; in a cluster application followed by the verdicts
     * of that round on the served organisations' own answers, each item's question prefixed with the organisation.
     */
    public ChecklistAssessmentData checklistAssessment(Application application, int round, Locale language) {
        AuditEvent assessed = completions(application, ASSESS_CHECKLIST).get(round - 1);
        List<ChecklistVerdict> verdicts = checklists.verdicts(application.getId()).stream()
                .filter(v -> v.getRound() == round).toList();
        List<AssessedItem> items = new ArrayList<>();
        for (ChecklistVerdict verdict : verdicts) {
            Optional<nl.dictu.tvs.portal.domain.application.ChecklistAnswer> answer = version(application,
                    verdict.getVersionNumber()).checklistAnswers().stream()
                    .filter(a -> a.itemCode().equals(verdict.getItemCode())).findFirst();
            items.add(new AssessedItem(verdict.getItemCode(), question(application, verdict.getItemCode(), language),
                    answer.map(a -> answer(a, language)).orElse("-"),
                    answer.filter(a -> a.answer() == ChecklistAnswerChoice.NOT_APPLICABLE).isPresent() && verdict.isAccepted()
                            ? Verdict.NOT_APPLICABLE : verdict.isAccepted() ? Verdict.APPROVED : Verdict.REJECTED,
                    verdict.getComment(), source(application, verdict.getItemCode(), language)));
        }
        items.addAll(memberItems(application, round, language));
        return new ChecklistAssessmentData(application.getReference(), organisation(application),
                assessed.getOccurredAt(), displayName(assessed.getActor()), items);
    }

    private List<AssessedItem> memberItems(Application application, int round, Locale language) {
        List<AssessedItem> items = new ArrayList<>();
        Map<String, List<ChecklistVerdict>> verdicts = clusters.memberVerdicts(application.getId());
        for (ClusterMember member : clusters.membersOf(application.getId())) {
            for (ChecklistVerdict verdict : verdicts.getOrDefault(member.getOin(), List.of())) {
                if (verdict.getRound() != round) {
                    continue;
                }
                Optional<nl.dictu.tvs.portal.domain.application.ChecklistAnswer> answer = clusters
                        .memberAnswers(application.getId(), verdict.getVersionNumber())
                        .getOrDefault(member.getOin(), List.of()).stream()
                        .filter(a -> a.itemCode().equals(verdict.getItemCode())).findFirst();
                items.add(new AssessedItem(verdict.getItemCode(), member.getName() + " (OIN " + member.getOin() + "): "
                        + question(application, verdict.getItemCode(), language),
                        answer.map(a -> answer(a, language)).orElse("-"),
                        verdict.isAccepted() ? Verdict.APPROVED : Verdict.REJECTED,
                        verdict.getComment(), source(application, verdict.getItemCode(), language)));
            }
        }
        return items;
    }

    private ApplicationVersion version(Application application, int number) {
        return applications.versions(application).stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(application.getReference() + " has no version " + number));
    }

    /** The item's wording in the document's language, from the application's checklist version. */
    private String question(Application application, String itemCode, Locale language) {
        return item(application, itemCode).map(item -> item.text(language)).orElse(itemCode);
    }

    /**
     * "Bron: title, version (url)" of the item, with the note that the text is provisional where it is; empty for an
     * item no definition holds.
     */
    private String source(Application application, String itemCode, Locale language) {
        DocumentText text = DocumentText.of(language);
        return item(application, itemCode).map(item -> {
            StringBuilder line = new StringBuilder(text.get("checklist.source")).append(": ").append(item.source().title());
            item.source().version().ifPresent(version -> line.append(", ").append(version));
            item.source().url().ifPresent(url -> line.append(" (").append(url).append(')'));
            if (item.provisional()) {
                line.append(". ").append(text.get("checklist.provisional"));
            }
            return line.toString();
        }).orElse("");
    }

    /**
     * The item with this code in the checklist version the application answers (running applications keep theirs),
     * else in the last definition that holds the code.
     */
    private Optional<ChecklistItem> item(Application application, String itemCode) {
        return application.getChecklistDefinitionId().flatMap(checklists::findById).stream()
                .flatMap(definition -> definition.items().stream())
                .filter(item -> item.code().equals(itemCode)).findFirst()
                .or(() -> checklists.all().stream().flatMap(d -> d.items().stream())
                        .filter(item -> item.code().equals(itemCode)).reduce((first, later) -> later));
    }

    private static String answer(nl.dictu.tvs.portal.domain.application.ChecklistAnswer answer, Locale language) {
        String choice = DocumentText.of(language).get("checklist.answer." + answer.answer().name());
        return answer.explanation() == null || answer.explanation().isBlank() ? choice : choice + ": " + answer.explanation();
    }

    public ApprovalLetterData preproductionApproval(Application application) {
        AuditEvent approved = last(approvals(application, APPROVE_PREPRODUCTION, PREPRODUCTION_APPROVAL_ACCEPTED),
                application.getReference() + ": " + APPROVE_PREPRODUCTION);
        return new ApprovalLetterData(application.getReference(), organisation(application), approved.getOccurredAt(),
                serviceNumbers(application, ConnectionEnvironment.PREPRODUCTION),
                new Approvers(displayName(last(application, ASSESS_CHECKLIST).getActor()), displayName(approved.getActor())));
    }

    public ProductionConfirmationData productionConfirmation(Application application) {
        AuditEvent approved = last(approvals(application, APPROVE_PRODUCTION, PRODUCTION_APPROVAL_ACCEPTED),
                application.getReference() + ": " + APPROVE_PRODUCTION);
        LocalDate liveOn = approved.getOccurredAt().atZone(DUTCH_TIME).toLocalDate();
        return new ProductionConfirmationData(application.getReference(), organisation(application),
                approved.getOccurredAt(), liveOn, serviceNumbers(application, ConnectionEnvironment.PRODUCTION),
                new Approvers(displayName(last(application, ASSESS_PRODUCTION).getActor()), displayName(approved.getActor())));
    }

    /** Every part the application has reached: the latest receipt and assessment, the letters once approved. */
    public DossierData dossier(Application application, Locale language) {
        List<AuditEvent> assessments = completions(application, ASSESS_CHECKLIST);
        return new DossierData(receipt(application, application.getCurrentVersionNumber(), language),
                assessments.isEmpty() ? null : checklistAssessment(application, assessments.size(), language),
                approvals(application, APPROVE_PREPRODUCTION, PREPRODUCTION_APPROVAL_ACCEPTED).isEmpty() ? null
                        : preproductionApproval(application),
                approvals(application, APPROVE_PRODUCTION, PRODUCTION_APPROVAL_ACCEPTED).isEmpty() ? null
                        : productionConfirmation(application));
    }

    /** How many times the checklist has been assessed so far. */
    public int checklistRounds(Application application) {
        return completions(application, ASSESS_CHECKLIST).size();
    }

    private List<AuditEvent> completions(Application application, String taskKey) {
        return audit.ofApplication(application.getId()).stream()
                .filter(e -> TASK_COMPLETED.equals(e.getAction()) && taskKey.equals(e.getElementId()))
                .toList();
    }

    /** The completions of an approval task that approved: a refusal sets the accepted variable to false. */
    private List<AuditEvent> approvals(Application application, String taskKey, String acceptedVariable) {
        return completions(application, taskKey).stream()
                .filter(e -> e.getAfterJson() == null
                        || !"false".equals(String.valueOf(Json.readObject(e.getAfterJson()).get(acceptedVariable))))
                .toList();
    }

    private AuditEvent last(Application application, String taskKey) {
        return last(completions(application, taskKey), application.getReference() + ": " + taskKey);
    }

    private static AuditEvent last(List<AuditEvent> completed, String what) {
        if (completed.isEmpty()) {
            throw new IllegalStateException(what + " has not been completed");
        }
        return completed.get(completed.size() - 1);
    }

    /** The termination confirmation of a connection whose end was recorded with these facts. */
    public TerminationConfirmationData terminationConfirmation(Application application, Termination termination) {
        return new TerminationConfirmationData(application.getReference(), organisation(application),
                termination.recordedAt(), termination.endsOn(), termination.reason(), termination.byDictu(),
                accounts.displayNameOf(termination.recordedBy()), termination.environments());
    }

    /** The application's organisation as documents name it. */
    public static ApplicantOrganisation organisation(Application application) {
        Organisation organisation = application.getOrganisation();
        return new ApplicantOrganisation(organisation.getName(), organisation.getOin(), organisation.getKind(),
                organisation.getRegisterKind(), organisation.getRegisterNumber());
    }

    private static RequestedService requested(ServiceDeclaration service) {
        return new RequestedService(service.name(), service.nameEn(), service.minimumLevels().stream().sorted()
                .map(level -> AssuranceLevel.valueOf(level.name())).toList(), service.description(), service.url(),
                service.privacyPolicyUrl(), service.identifyingAttributes().stream().sorted().map(Enum::name).toList(),
                service.requestedAttributes().stream().map(a -> new RequestedService.Attribute(a.name(), a.purposeNl(),
                        a.purposeEn())).toList(), service.machtigen());
    }

    private static CertificateSummary certificate(String pem) {
        return EndEntityCertificate.of(pem).map(c -> new CertificateSummary(CertificateFacts.subject(c), CertificateFacts.sha256Fingerprint(c),
                        c.getNotAfter().toInstant()))
                .orElse(new CertificateSummary("-", "-", Instant.EPOCH));
    }

    /**
     * The application's own ServiceUUIDs of the environment, then those of each organisation a supplier's cluster
     * serves, named by that organisation's OIN ("OIN ...: service") as they go into its own EntityDescriptor.
     */
    private List<IssuedServiceNumber> serviceNumbers(Application application, ConnectionEnvironment environment) {
        return serviceNumbers(applications, application.getId(), environment);
    }

    /** As above, for any document that lists an application's ServiceUUIDs of one environment (the change confirmation). */
    public static List<IssuedServiceNumber> serviceNumbers(ApplicationRepository applications, long applicationId,
                                                           ConnectionEnvironment environment) {
        Environment shown = Environment.valueOf(environment.name());
        List<IssuedServiceNumber> numbers = new java.util.ArrayList<>(applications.issuedServiceUuids(applicationId).stream()
                .filter(u -> u.getEnvironment() == environment)
                .map(u -> new IssuedServiceNumber(u.getServiceName(), shown, u.getServiceUuid()))
                .toList());
        applications.memberServiceUuids(applicationId).stream()
                .filter(u -> u.getEnvironment() == environment)
                .forEach(u -> numbers.add(new IssuedServiceNumber(memberServiceLabel(u), shown, u.getServiceUuid())));
        return numbers;
    }

    /** A served organisation's service as documents and exports name it: "OIN 00000099...: Parkeervergunning". */
    public static String memberServiceLabel(nl.dictu.tvs.portal.domain.application.IssuedServiceUuid issued) {
        return "OIN " + issued.getOrganisationOin() + ": " + issued.getServiceName();
    }

    private String displayName(String username) {
        return accounts.findByUsername(username).map(UserAccount::getDisplayName).orElse(username);
    }
}
