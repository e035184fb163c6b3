package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.checking.VersionChecks;
import nl.dictu.tvs.portal.usecase.task.OpenTask;
import nl.dictu.tvs.portal.usecase.task.TaskCompletion;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.application.AlbDecision;
import nl.dictu.tvs.portal.domain.application.AlbDecisionRepository;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ApplicationReference;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.application.ProductionRequest;
import nl.dictu.tvs.portal.domain.checklist.ChecklistDefinition;
import nl.dictu.tvs.portal.domain.checklist.ChecklistRepository;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.domain.file.StoredFile;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.domain.terms.TermsRepository;
import nl.dictu.tvs.portal.domain.terms.TermsVersion;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.alb.BsnProofKind;
import nl.dictu.tvs.portal.process.ConnectionRequestStarts;
import nl.dictu.tvs.portal.process.WithdrawalNotAllowedException;
import nl.dictu.tvs.portal.process.WorkingDays;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPLICATION_SUBMITTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_PRODUCTION_REQUEST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Messages.APPLICATION_WITHDRAWN;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Messages.PRODUCTION_CERTIFICATE_RENEWED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.RUN_AUTOMATED_CHECKS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.UPLOAD_ALB_DECISION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ALB_DECISION_FILE_ID;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REQUEST_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REWORK_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.EENMALIG_INLOGGEN;

/**
 * What an applicant does with an application: submit it, correct it after findings, request
 * production, withdraw it. Content is frozen as a new version before the process moves on.
 */
@Stateless
public class ApplicationCommands {

    @Inject
    private ApplicationRepository applications;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private RuntimeService runtime;

    @Inject
    private TaskService tasks;

    @Inject
    private IdentityService identity;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    @Inject
    private ChecklistRepository checklists;

    @Inject
    private TermsRepository terms;

    @Inject
    private StoredFileRepository files;

    @Inject
    private AlbDecisionRepository albDecisions;

    @Inject
    private VersionChecks checks;

    @Inject
    private ReferenceYears referenceYears;

    @Inject
    private MemberChecklists memberChecklists;

    public ApplicationCommands() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public ApplicationCommands(ApplicationRepository applications, OrganisationRepository organisations,
                               RuntimeService runtime, TaskService tasks, IdentityService identity,
                               Auditor auditor, Clock clock, ChecklistRepository checklists, TermsRepository terms,
                               StoredFileRepository files, AlbDecisionRepository albDecisions, VersionChecks checks,
                               MemberChecklists memberChecklists, ReferenceYears referenceYears) {
        this.memberChecklists = memberChecklists;
        this.applications = applications;
        this.referenceYears = referenceYears;
        this.organisations = organisations;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.auditor = auditor;
        this.clock = clock;
        this.checklists = checklists;
        this.terms = terms;
        this.files = files;
        this.albDecisions = albDecisions;
        this.checks = checks;
    }

    /** Stores the application with version 1 and starts its process; returns the new reference. */
    public String submit(SignedInUser actor, ApplicationContent content) {
        AccessPolicy.requireApplicant(actor);
        Organisation organisation = organisations.findByOin(actor.organisationOin())
                .orElseThrow(() -> new AccessRefusedException("access.applicantsOnly"));
        ChecklistDefinition checklist = checklists.current()
                .orElseThrow(() -> new IllegalStateException("no published checklist"));
        ContentRules.require(content, checklist, currentTerms(), files, organisation.getOin(), organisation.getKind());
        Instant now = clock.instant();
        int year = now.atZone(WorkingDays.ZONE).getYear();
        openReferenceYear(year);
        ApplicationReference reference = applications.nextReference(year);
        Application application = applications.save(
                Application.submitted(reference, organisation, actor.username(), now, checklist.getId()));
        applications.saveVersion(application.firstVersion(content, actor.username(), now));
        ConnectionRequestStarts.submitted(runtime, reference.value(), application.getId(), organisation.getOin(),
                content.eenmaligInloggen());
        auditor.record(actor.username(), "applicationSubmitted", application.getId(), APPLICATION_SUBMITTED, Map.of(),
                Map.of("reference", reference.value(), "version", "1"));
        return reference.value();
    }

    /**
     * Resubmits after findings: a new version, and the correction task completes. The correction
     * changes only the services, contacts, certificate and metadata; Eenmalig Inloggen, the ServiceUUID
     * mode, the terms version and the checklist answers stay as submitted. Refused while the automated checks still
     * find errors in the certificate or metadata: the correction would only come back.
     */
    public void correct(SignedInUser actor, String reference, Correction correction) {
        Application application = ownApplication(actor, reference);
        OpenTask task = OpenTask.byReferenceAndKey(tasks, runtime, reference, CORRECT_APPLICATION)
                .orElseThrow(() -> new ActionRefusedException("application.noCorrectionExpected", reference));
        ApplicationVersion current = applications.currentVersion(application);
        ApplicationContent submitted = current.content();
        ApplicationContent content = new ApplicationContent(correction.services(), submitted.eenmaligInloggen(),
                correction.certificatePem(), correction.metadata(), submitted.termsVersion(), correction.contacts(),
                submitted.checklistAnswers(), submitted.serviceUuidDelivery());
        ContentRules.require(content, ChecklistQueries.definitionOf(checklists, application), currentTerms(), files,
                application.getOrganisation().getOin(), application.getOrganisation().getKind());
        if (!VersionChecks.passed(checks.previewAutomated(application, content.certificatePem(),
                content.preproductionMetadata(), content.eenmaligInloggen(), content.serviceUuidDelivery()))) {
            throw new ActionRefusedException("applicant.correct.findingsRemain");
        }
        ApplicationVersion next = applications.saveVersion(
                application.correctedVersion(current, content, actor.username(), clock.instant()));
        new TaskCompletion(tasks, identity).complete(actor, task.id(), Map.of(EENMALIG_INLOGGEN, content.eenmaligInloggen()));
        auditVersion(actor, "applicationCorrected", application, task.key(), current, next);
    }

    /**
     * New answers to exactly the checklist items rejected in the latest assessment: a new version
     * with those answers replaced, and the rework task completes. The other answers stay as they were.
     */
    public void reworkChecklist(SignedInUser actor, String reference, List<ChecklistAnswer> reworked) {
        reworkChecklist(actor, reference, reworked, Map.of());
    }

    /**
     * As {@link #reworkChecklist(SignedInUser, String, List)}, for a cluster application whose served organisations'
     * own answers were rejected too: per member OIN, new answers to exactly that member's rejected items, stored with
     * the new version beside the ones they replace.
     */
    public void reworkChecklist(SignedInUser actor, String reference, List<ChecklistAnswer> reworked,
                                Map<String, List<ChecklistAnswer>> reworkedMembers) {
        Application application = ownApplication(actor, reference);
        OpenTask task = OpenTask.byReferenceAndKey(tasks, runtime, reference, REWORK_CHECKLIST)
                .orElseThrow(() -> new ActionRefusedException("application.noReworkExpected", reference));
        ApplicationVersion current = applications.currentVersion(application);
        Set<String> toRework = new ChecklistProgress(current.checklistAnswers(), checklists.verdicts(application.getId()))
                .toRework();
        Set<String> given = reworked.stream().map(ChecklistAnswer::itemCode).collect(Collectors.toCollection(TreeSet::new));
        if (!given.equals(toRework)) {
            throw new ActionRefusedException("application.rework.exactlyRejectedItems", String.join(", ", toRework));
        }
        memberChecklists.requireRework(application.getId(), reworkedMembers);
        reworked.forEach(answer -> ContentRules.requireOwnEvidence(answer, files, application.getOrganisation().getOin()));
        reworkedMembers.values().forEach(answers -> answers.forEach(answer ->
                ContentRules.requireOwnEvidence(answer, files, application.getOrganisation().getOin())));
        ApplicationContent content = current.content().withChecklistAnswers(reworked);
        ApplicationVersion next = applications.saveVersion(
                application.correctedVersion(current, content, actor.username(), clock.instant()));
        memberChecklists.saveRework(actor.username(), application.getId(), task.key(), next.getNumber(), reworkedMembers);
        new TaskCompletion(tasks, identity).complete(actor, task.id(), Map.of());
        auditVersion(actor, "checklistReworked", application, task.key(), current, next);
    }

    private TermsVersion currentTerms() {
        return terms.current().orElseThrow(() -> new IllegalStateException("no published terms"));
    }

    /**
     * The production request (or its correction after findings): a new version with production's
     * content. The desired go-live date is required and may not lie in the past. The answers to the
     * production items of the application's checklist version (all of them, nothing else) replace
     * any earlier answers to those items.
     */
    public void requestProduction(SignedInUser actor, String reference, ProductionRequest request) {
        Application application = ownApplication(actor, reference);
        OpenTask task = OpenTask.byReferenceAndKey(tasks, runtime, reference, REQUEST_PRODUCTION, CORRECT_PRODUCTION_REQUEST)
                .orElseThrow(() -> new ActionRefusedException("application.noProductionRequestExpected", reference));
        requireGoLive(request.desiredGoLive());
        ApplicationVersion current = applications.currentVersion(application);
        ContentRules.requireProductionAnswers(current.content(), ChecklistQueries.definitionOf(checklists, application),
                request.checklistAnswers(), files, application.getOrganisation().getOin());
        ApplicationVersion next = applications.saveVersion(
                application.productionVersion(current, request, actor.username(), clock.instant()));
        new TaskCompletion(tasks, identity).complete(actor, task.id(), Map.of());
        auditVersion(actor, "productionRequested", application, task.key(), current, next);
    }

    private void requireGoLive(LocalDate desiredGoLive) {
        if (desiredGoLive == null) {
            throw InvalidApplicationException.of("desiredGoLive", "applicant.production.goLiveRequired");
        }
        if (desiredGoLive.isBefore(LocalDate.ofInstant(clock.instant(), WorkingDays.ZONE))) {
            throw InvalidApplicationException.of("desiredGoLive", "applicant.production.goLiveInPast");
        }
    }

    /**
     * Links an uploaded RvIG decision ({@code ALB_DECISION}, the organisation's own) to the
     * application. While the RvIG task is open this completes it; before it exists (the checks
     * still run, or the application is being corrected) the decision is kept and the process goes
     * straight to verification when it finds the organisation is not on the ALB list.
     */
    public void attachAlbDecision(SignedInUser actor, String reference, long fileId) {
        attachAlbDecision(actor, reference, fileId, null);
    }

    /**
     * As {@link #attachAlbDecision(SignedInUser, String, long)}, for a care provider's proof of BSN
     * entitlement of the kind given (one an admin keeps in use); null for an RvIG decision of a
     * government organisation.
     */
    public void attachAlbDecision(SignedInUser actor, String reference, long fileId, Long proofKindId) {
        Application application = ownApplication(actor, reference);
        BsnProofKind proofKind = null;
        if (application.getOrganisation().getKind() == OrganisationKind.CARE_PROVIDER) {
            proofKind = albDecisions.activeProofKind(proofKindId == null ? -1 : proofKindId)
                    .orElseThrow(() -> new ActionRefusedException("draft.albProofKind.required"));
        }
        StoredFile file = files.findById(fileId)
                .filter(f -> f.getPurpose() == FilePurpose.ALB_DECISION)
                .filter(f -> f.getOrganisation().getOin().equals(application.getOrganisation().getOin()))
                .orElseThrow(() -> new ActionRefusedException("application.albDecision.notAnAlbDecision",
                        String.valueOf(fileId)));
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
        Optional<OpenTask> task = OpenTask.byReferenceAndKey(tasks, runtime, reference, UPLOAD_ALB_DECISION);
        if (instance == null || (task.isEmpty() && !beforeAlbQuestion(instance))) {
            throw new ActionRefusedException("application.albDecision.notExpected", reference);
        }
        Map<String, String> before = albDecisions.latest(application.getId())
                .map(d -> Map.of("fileId", String.valueOf(d.getFile().getId()))).orElse(Map.of());
        albDecisions.save(new AlbDecision(application, file, proofKind, actor.username(), clock.instant()));
        if (task.isPresent()) {
            new TaskCompletion(tasks, identity).complete(actor, task.get().id(), Map.of(ALB_DECISION_FILE_ID, fileId));
        } else {
            runtime.setVariable(instance.getId(), ALB_DECISION_FILE_ID, fileId);
        }
        auditor.record(actor.username(), "albDecisionAttached", application.getId(), UPLOAD_ALB_DECISION, before,
                proofKind == null
                        ? Map.of("fileId", String.valueOf(fileId), "fileName", file.getFileName(), "sha256", file.getSha256())
                        : Map.of("fileId", String.valueOf(fileId), "fileName", file.getFileName(), "sha256", file.getSha256(),
                                "proofKind", proofKind.getNameNl()));
    }

    /** The checks have not yet decided whether the organisation is on the ALB list. */
    private boolean beforeAlbQuestion(ProcessInstance instance) {
        List<String> active = runtime.getActiveActivityIds(instance.getId());
        return active.contains(RUN_AUTOMATED_CHECKS) || active.contains(CORRECT_APPLICATION);
    }

    /**
     * After go-live: a new production certificate and metadata signed with it, as a new version.
     * The production checks run on it; when they pass the connection is registered again and the
     * expiry reminder is planned for the new certificate. Refused before go-live and while an
     * earlier renewal is still being checked.
     */
    public void renewProductionCertificate(SignedInUser actor, String reference, String certificatePem, byte[] metadata) {
        Application application = ownApplication(actor, reference);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
        boolean awaitingRenewal = instance != null && runtime.createEventSubscriptionQuery()
                .processInstanceId(instance.getId()).eventName(PRODUCTION_CERTIFICATE_RENEWED).count() > 0;
        if (!awaitingRenewal) {
            throw new ActionRefusedException("application.renewal.notExpected", reference);
        }
        ApplicationVersion current = applications.currentVersion(application);
        ProductionRequest renewal = new ProductionRequest(certificatePem, metadata, true,
                current.getDesiredGoLive().orElse(null), List.of());
        ApplicationVersion next = applications.saveVersion(
                application.productionVersion(current, renewal, actor.username(), clock.instant()));
        runtime.createMessageCorrelation(PRODUCTION_CERTIFICATE_RENEWED).processInstanceId(instance.getId())
                .correlateWithResult();
        auditVersion(actor, "productionCertificateRenewed", application, PRODUCTION_CERTIFICATE_RENEWED, current, next);
    }

    /** Withdraws the application; refused once production is approved. */
    public void withdraw(SignedInUser actor, String reference) {
        Application application = ownApplication(actor, reference);
        try {
            runtime.createMessageCorrelation(APPLICATION_WITHDRAWN).processInstanceBusinessKey(reference).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ActionRefusedException("application.withdraw.notOpen", reference);
        } catch (ProcessEngineException e) {
            if (TaskCompletion.causeOfType(e, WithdrawalNotAllowedException.class) != null) {
                throw new ActionRefusedException("application.withdraw.notAllowed", reference);
            }
            throw e;
        }
        auditor.record(actor.username(), "applicationWithdrawn", application.getId(), APPLICATION_WITHDRAWN, Map.of(),
                Map.of("reference", reference));
    }

    private Application ownApplication(SignedInUser actor, String reference) {
        return AccessPolicy.ownApplication(applications, actor, reference);
    }

    private void auditVersion(SignedInUser actor, String action, Application application, String elementId,
                              ApplicationVersion before, ApplicationVersion after) {
        auditor.record(actor.username(), action, application.getId(), elementId,
                Map.of("version", String.valueOf(before.getNumber())),
                Map.of("version", String.valueOf(after.getNumber())));
    }

    /**
     * The year's reference counter, opened in a transaction of its own ({@link ReferenceYears}) when this is the
     * year's first submission; another submission opening it at the same moment makes no difference.
     */
    private void openReferenceYear(int year) {
        if (!applications.hasReferenceYear(year)) {
            referenceYears.open(year);
        }
    }
}
