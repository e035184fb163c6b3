package nl.dictu.tvs.portal.usecase.change;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.ServiceRules;
import nl.dictu.tvs.portal.domain.change.ChangeLane;
import nl.dictu.tvs.portal.domain.change.ChangeRequest;
import nl.dictu.tvs.portal.domain.change.ChangeRequestRepository;
import nl.dictu.tvs.portal.domain.change.ChangeRequestStatus;
import nl.dictu.tvs.portal.domain.change.MemberChange;
import nl.dictu.tvs.portal.domain.document.DocumentKind;
import nl.dictu.tvs.portal.domain.document.StoredDocument;
import nl.dictu.tvs.portal.domain.document.StoredDocumentRepository;
import nl.dictu.tvs.portal.domain.file.StoredFile;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.process.ChangeRequestModel;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.findings.FindingTexts;
import nl.dictu.tvs.portal.trust.finding.CheckReport;
import nl.dictu.tvs.portal.usecase.checking.VersionChecks;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the applicant's and the reviewers' services share: the proposal checked against the rules and what is
 * live, the trust checks run on it, and a change request as a person follows it.
 */
@Dependent
public class ChangeRequestViews {

    private final ApplicationRepository applications;
    private final VersionChecks checks;
    private final FindingTexts findingTexts;
    private final StoredDocumentRepository documents;
    private final UserAccountRepository accounts;
    private final TaskService tasks;
    private final Clock clock;
    private final ChangeRequestRepository requests;
    private final StoredFileRepository files;

    @Inject
    public ChangeRequestViews(ApplicationRepository applications, VersionChecks checks, FindingTexts findingTexts,
                              StoredDocumentRepository documents, UserAccountRepository accounts, TaskService tasks,
                              Clock clock, ChangeRequestRepository requests, StoredFileRepository files) {
        this.requests = requests;
        this.files = files;
        this.applications = applications;
        this.checks = checks;
        this.findingTexts = findingTexts;
        this.documents = documents;
        this.accounts = accounts;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * The proposal judged against the current version: the content rules a correction meets (the shape of services
     * and contacts, the rules across a service's fields for the organisation's kind), the certificate and metadata
     * given, then the differences from what is live and the trust checks on it.
     */
    ChangePreview preview(Application application, ChangeProposal proposal, Locale locale) {
        ApplicationVersion current = applications.currentVersion(application);
        requireComplete(proposal);
        contentOf(current, proposal.environment(), new ProposedContent(proposal.services(), proposal.contacts()),
                proposal.certificatePem(), proposal.metadata());
        ServiceRules.require(proposal.services(), application.getOrganisation().getKind());
        Map<String, String> live = ChangeFields.of(LiveRegistration.of(current, proposal.environment()), locale);
        Map<String, String> proposed = ChangeFields.of(proposal, locale);
        CheckReport report = check(application, current, proposal.environment(), proposal.certificatePem(), proposal.metadata());
        boolean passed = VersionChecks.passed(report);
        ChangeLane lane = passed && ChangeFields.onlyTrustMaterial(live, proposed) ? ChangeLane.FAST : ChangeLane.REVIEWED;
        return new ChangePreview(ChangeFields.differences(live, proposed, locale),
                findingTexts.readable(report.findings(), locale), passed, lane);
    }

    private static void requireComplete(ChangeProposal proposal) {
        List<ActionRefusedException> refusals = new java.util.ArrayList<>();
        if (proposal.certificatePem() == null || proposal.certificatePem().isBlank()) {
            refusals.add(ActionRefusedException.of("certificatePem", "change.certificate.missing"));
        }
        if (proposal.metadata() == null || proposal.metadata().length == 0) {
            refusals.add(ActionRefusedException.of("metadata", "change.metadata.missing"));
        }
        if (!refusals.isEmpty()) {
            throw ActionRefusedException.ofAll(refusals);
        }
    }

    /**
     * The content of the version the change becomes: the proposal's services and contacts, and its certificate and
     * metadata in the place of the environment's (preproduction's are the content's own; production's are passed
     * beside it to {@link Application#changedVersion}). Eenmalig Inloggen, the terms and the checklist answers stay.
     */
    static ApplicationContent contentOf(ApplicationVersion current, ConnectionEnvironment environment, ProposedContent proposed,
                                        String certificatePem, byte[] metadata) {
        ApplicationContent base = current.content();
        boolean preproduction = environment == ConnectionEnvironment.PREPRODUCTION;
        return new ApplicationContent(proposed.services(), base.eenmaligInloggen(),
                preproduction ? certificatePem : base.certificatePem(),
                preproduction ? metadata : base.preproductionMetadata(), base.termsVersion(), proposed.contacts(),
                base.checklistAnswers(), base.serviceUuidDelivery());
    }

    /** The trust checks of the environment on a certificate and metadata, as the process runs them; stores nothing. */
    CheckReport check(Application application, ApplicationVersion current, ConnectionEnvironment environment,
                      String certificatePem, byte[] metadata) {
        return environment == ConnectionEnvironment.PRODUCTION
                ? checks.previewProduction(application, current, certificatePem, metadata)
                : checks.previewAutomated(application, certificatePem, metadata, current.isEenmaligInloggen(),
                current.getServiceUuidDelivery());
    }

    /** The registration the request started from: its base version's, in its environment. */
    LiveRegistration base(Application application, ChangeRequest request) {
        ApplicationVersion base = applications.versions(application).stream()
                .filter(v -> v.getNumber() == request.getBaseVersion()).findFirst()
                .orElseGet(() -> applications.currentVersion(application));
        return LiveRegistration.of(base, request.getEnvironment());
    }

    /**
     * What the request changes, against the version it started from; for a request about a served organisation the
     * organisation connected or disconnected first, then the metadata when it brings new metadata.
     */
    List<ChangeDifference> differences(Application application, ChangeRequest request, Locale locale) {
        ProposedContent proposed = ProposedContent.fromJson(request.getContentJson());
        List<ChangeDifference> fields = ChangeFields.differences(ChangeFields.of(base(application, request), locale),
                ChangeFields.of(proposed.services(), proposed.contacts(), request.getCertificatePem(), request.getMetadata(), locale),
                locale);
        Optional<MemberChange> member = requests.member(request.getId());
        if (member.isEmpty()) {
            return fields;
        }
        List<ChangeDifference> all = new java.util.ArrayList<>();
        all.add(memberDifference(member.get(), locale));
        all.addAll(fields);
        return List.copyOf(all);
    }

    static ChangeDifference memberDifference(MemberChange member, Locale locale) {
        String label = Bundle.text(locale, "change.field.member", member.getName(), member.getOin());
        return member.isAddition()
                ? new ChangeDifference(label, Bundle.text(locale, "change.member.state.notConnected"),
                Bundle.text(locale, "change.member.state.connected", String.join(", ", member.getServices())))
                : new ChangeDifference(label, Bundle.text(locale, "change.member.state.connectedNow"),
                Bundle.text(locale, "change.member.state.disconnected"));
    }

    /** What a request about a served organisation carries, or null for an ordinary change. */
    MemberChangeView member(ChangeRequest request) {
        return requests.member(request.getId()).map(member -> {
            Optional<StoredFile> decision = member.getRvigDecisionFileId().flatMap(files::findById);
            return new MemberChangeView(member.getAction().name(), member.getOin(), member.getName(), member.getServices(),
                    member.isOnAlbList(), decision.map(StoredFile::getId).orElse(null),
                    decision.map(StoredFile::getFileName).orElse(null), member.isNewMetadata());
        }).orElse(null);
    }

    ChangeRequestView view(ChangeRequest request, Locale locale) {
        Application application = applications.findById(request.getApplicationId()).orElseThrow();
        ApplicationVersion current = applications.currentVersion(application);
        CheckReport report = check(application, current, request.getEnvironment(), request.getCertificatePem(),
                request.getMetadata());
        Optional<Task> task = tasks.createTaskQuery().processInstanceBusinessKey(request.getReference()).active()
                .list().stream().findFirst();
        Instant now = clock.instant();
        String waitingFor = waitingFor(request, task.map(Task::getTaskDefinitionKey).orElse(null));
        Instant waitingUntil = task.map(t -> ChangeRequestModel.LOAD_INTO_TVS.equals(t.getTaskDefinitionKey())
                        && t.getDueDate() != null ? t.getDueDate().toInstant() : request.getDueAt())
                .orElse(request.isOpen() ? request.getDueAt() : null);
        return new ChangeRequestView(request.getReference(), application.getReference(),
                application.getOrganisation().getName(), request.getEnvironment().name(), request.getLane().name(),
                request.getStatus().name(), request.getRequestedAt(), accounts.displayNameOf(request.getRequestedBy()),
                request.getDueAt(), request.isOpen() && now.isAfter(request.getDueAt()), waitingFor, waitingUntil,
                task.map(Task::getTaskDefinitionKey).orElse(null), task.map(Task::getId).orElse(null),
                differences(application, request, locale), findingTexts.readable(report.findings(), locale),
                VersionChecks.passed(report), request.getRefusalReason().orElse(null),
                request.getAppliedVersion().orElse(null), request.getLoadedAt().orElse(null),
                request.getLoadedBy().map(accounts::displayNameOf).orElse(null),
                documents.find(application.getId(), DocumentKind.CHANGE_CONFIRMATION, request.getNumber())
                        .map(StoredDocument::getId).orElse(null), member(request));
    }

    /** Who is to move: the reviewer who decides, the second reviewer, DICTU loading it, the portal, or nobody. */
    static String waitingFor(ChangeRequest request, String taskKey) {
        if (taskKey != null) {
            return switch (taskKey) {
                case ChangeRequestModel.APPROVE_CHANGE -> "change.waiting.secondReviewer";
                case ChangeRequestModel.LOAD_INTO_TVS -> "change.waiting.load";
                default -> "change.waiting.reviewer";
            };
        }
        boolean portalAtWork = request.isOpen()
                || request.getStatus() == ChangeRequestStatus.APPLIED && request.getLoadedAt().isEmpty();
        return portalAtWork ? "change.waiting.portal" : "change.waiting.nobody";
    }
}
