package nl.dictu.tvs.portal.usecase.applying;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.application.ApplicationCommands;
import nl.dictu.tvs.portal.usecase.application.ChecklistView;
import nl.dictu.tvs.portal.usecase.application.UploadService;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.applying.draft.ClusterMemberLines;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftError;
import nl.dictu.tvs.portal.usecase.applying.draft.FieldIds;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardStep;
import nl.dictu.tvs.portal.usecase.cluster.ClusterApplications;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMemberRequest;
import nl.dictu.tvs.portal.usecase.mandate.SupplierMandates;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;
import nl.dictu.tvs.portal.trust.metadata.MetadataEntityIds;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftJson;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftValidation;
import nl.dictu.tvs.portal.usecase.applying.draft.MemberChecklistEntries;
import nl.dictu.tvs.portal.usecase.applying.draft.OrganisationKindRules;
import nl.dictu.tvs.portal.usecase.applying.draft.FileRef;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardDraft;
import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;
import nl.dictu.tvs.portal.domain.checklist.ChecklistRepository;
import nl.dictu.tvs.portal.domain.draft.ApplicationDraft;
import nl.dictu.tvs.portal.domain.draft.ApplicationDraftRepository;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.domain.file.StoredFile;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.terms.TermsRepository;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.shared.findings.FindingTexts;
import nl.dictu.tvs.portal.trust.TrustCheck;
import nl.dictu.tvs.portal.trust.TrustCheckInput;
import nl.dictu.tvs.portal.trust.metadata.ServiceUuidMode;
import nl.dictu.tvs.portal.domain.alb.BsnProofKind;
import nl.dictu.tvs.portal.domain.alb.BsnProofKindRepository;
import nl.dictu.tvs.portal.trust.alb.AlbCheck;
import nl.dictu.tvs.portal.trust.alb.AlbRegister;
import nl.dictu.tvs.portal.trust.config.PortalAlbRegister;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.trust.oin.OinCheck;

import jakarta.persistence.OptimisticLockException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation's draft application: any member opens it, saves it as they go (errors and
 * all), sees what is still wrong, and submits it once nothing is. A save names the version it
 * started from, so a colleague's save in between is never overwritten unseen.
 */
@Stateless
public class DraftService {

    @Inject
    private ApplicationDraftRepository drafts;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private StoredFileRepository files;

    @Inject
    private ChecklistRepository checklists;

    @Inject
    private TermsRepository terms;

    @Inject
    private TrustCheck trustCheck;

    @Inject
    private PortalAlbRegister portalAlbRegister;

    @Inject
    private PortalConfig config;

    @Inject
    private Clock clock;

    @EJB
    private ApplicationCommands commands;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private BsnProofKindRepository proofKinds;

    @Inject
    private SupplierMandates supplierMandates;

    @EJB
    private ClusterApplications clusterApplications;

    private AlbRegister albRegister;
    private Boolean demoMode;

    public DraftService() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public DraftService(ApplicationDraftRepository drafts, OrganisationRepository organisations, StoredFileRepository files,
                        ChecklistRepository checklists, TermsRepository terms, TrustCheck trustCheck,
                        AlbRegister albRegister, boolean demoMode, Clock clock, ApplicationCommands commands,
                        UserAccountRepository accounts, BsnProofKindRepository proofKinds) {
        this.drafts = drafts;
        this.organisations = organisations;
        this.files = files;
        this.checklists = checklists;
        this.terms = terms;
        this.trustCheck = trustCheck;
        this.albRegister = albRegister;
        this.demoMode = demoMode;
        this.clock = clock;
        this.commands = commands;
        this.accounts = accounts;
        this.proofKinds = proofKinds;
    }

    /** The organisation's open draft, or a new one with its OIN and name filled in (not saved until it changes). */
    public DraftView open(SignedInUser actor) {
        Organisation organisation = organisationOf(actor);
        return drafts.openDraftOf(organisation.getOin())
                .map(this::view)
                .orElseGet(() -> new DraftView(WizardDraft.startFor(organisation.getOin(), organisation.getName(),
                        organisation.getKind(), organisation.getRegisterKind(), organisation.getRegisterNumber()),
                        DraftView.NOT_SAVED, null, null, null));
    }

    /** The organisation's open draft if a member has saved one: what "Mijn aanvragen" lists and resumes. */
    public Optional<DraftView> saved(SignedInUser actor) {
        return drafts.openDraftOf(organisationOf(actor).getOin()).map(this::view);
    }

    /**
     * The reference of the application the organisation submitted last, while no member has started
     * a new draft since: the wizard's summary then names it instead of an empty draft's errors (the
     * browser's back button after submitting).
     */
    public Optional<String> submittedSinceLastDraft(SignedInUser actor) {
        String oin = organisationOf(actor).getOin();
        if (drafts.openDraftOf(oin).isPresent()) {
            return Optional.empty();
        }
        return drafts.lastSubmittedOf(oin).flatMap(ApplicationDraft::getSubmittedReference);
    }

    /**
     * Saves the content as typed. Refused when a colleague saved in between (reload and go on) or
     * when it points at a file that is not the organisation's own upload of the right kind.
     */
    public DraftView save(SignedInUser actor, WizardDraft content, long expectedVersion) {
        Organisation organisation = organisationOf(actor);
        // two members' first saves at once would otherwise each make a draft, and one would be lost
        organisations.lockForChange(organisation);
        requireOwnFiles(content, organisation.getOin());
        keepSupplierKind(organisation, content);
        String json = DraftJson.write(content);
        if (json.length() > ApplicationDraft.CONTENT_MAX) {
            throw new ActionRefusedException("draft.tooLarge");
        }
        Optional<ApplicationDraft> existing = drafts.openDraftOf(organisation.getOin());
        ApplicationDraft draft;
        if (existing.isEmpty()) {
            if (expectedVersion != DraftView.NOT_SAVED) {
                throw new ActionRefusedException("draft.submittedMeanwhile");
            }
            draft = drafts.save(new ApplicationDraft(organisation, json, actor.username(), clock.instant()));
        } else {
            draft = existing.get();
            requireVersion(draft, expectedVersion);
            draft.replaceContent(json, actor.username(), clock.instant());
        }
        try {
            drafts.flush();
        } catch (OptimisticLockException e) {
            throw new ActionRefusedException("draft.changedByColleague", accounts.displayNameOf(draft.getUpdatedBy()));
        }
        return view(draft);
    }

    /** Everything that keeps the saved draft (or the new one) from being submitted, in the wizard's order. */
    public List<DraftError> errors(SignedInUser actor) {
        Organisation organisation = organisationOf(actor);
        WizardDraft content = open(actor).draft();
        List<DraftError> errors = new ArrayList<>(DraftValidation.errors(content,
                context(organisation, content, checkUploads(organisation, content))));
        errors.addAll(missingMandates(organisation, content));
        errors.addAll(missingMemberDecisions(organisation, content));
        return errors;
    }

    /**
     * For a supplier, each served organisation that is not on the ALB list and has no RvIG decision in the draft,
     * named (as the submission refuses).
     */
    private List<DraftError> missingMemberDecisions(Organisation organisation, WizardDraft content) {
        if (!organisation.isSupplier()) {
            return List.of();
        }
        AlbCheck alb = new AlbCheck(albRegister());
        return ClusterMemberLines.members(content).stream()
                .filter(member -> content.memberDecision(member.oin()).isEmpty())
                .filter(member -> alb.check(member.oin()).code() != FindingCode.ALB_REGISTERED)
                .map(member -> new DraftError(WizardStep.ALB, FieldIds.memberDecision(member.oin()),
                        "cluster.member.albDecisionRequired", List.of(nameOf(member.oin()), member.oin())))
                .toList();
    }

    private String nameOf(String oin) {
        return organisations.findByOin(oin).map(Organisation::getName).orElse(oin);
    }

    /** Only a supplier applies for a cluster, and a supplier only for one: its kind is not the draft's to change. */
    private static void keepSupplierKind(Organisation organisation, WizardDraft content) {
        if (organisation.isSupplier()) {
            content.setOrganisationKind(OrganisationKind.SUPPLIER.name());
        } else if (content.isSupplier()) {
            content.setOrganisationKind(OrganisationKind.GOVERNMENT.name());
        }
    }

    /** For a supplier, each served organisation that gave it no mandate in force, named (as the submission refuses). */
    private List<DraftError> missingMandates(Organisation organisation, WizardDraft content) {
        if (!organisation.isSupplier()) {
            return List.of();
        }
        List<DraftError> errors = new ArrayList<>();
        for (ClusterMemberLines.Member member : ClusterMemberLines.members(content)) {
            try {
                supplierMandates.requireMandate(organisation, member.oin());
            } catch (ActionRefusedException missing) {
                errors.add(new DraftError(WizardStep.ORGANISATION, FieldIds.CLUSTER_MEMBERS, missing.messageKey(),
                        missing.arguments()));
            }
        }
        return errors;
    }

    /** The trust check on the saved draft's certificate and metadata, for the organisation's own OIN. */
    public UploadCheckView checkUploads(SignedInUser actor, Locale locale) {
        Organisation organisation = organisationOf(actor);
        return UploadFindings.view(checkUploads(organisation, open(actor).draft()), new FindingTexts(organisations).text(locale));
    }

    /** Whether the organisation is on the ALB list, and under which name. */
    public AlbStatusView albStatus(SignedInUser actor) {
        Organisation organisation = organisationOf(actor);
        Finding finding = new AlbCheck(albRegister()).check(organisation.getOin());
        if (finding.code() != FindingCode.ALB_REGISTERED) {
            return new AlbStatusView(false, null, null, null);
        }
        return new AlbStatusView(true, finding.evidence().get("registeredName"), finding.evidence().get("decisionReference"),
                finding.evidence().get("decisionDate"));
    }

    /**
     * Submits the saved draft as a new application when nothing is wrong with it; the draft keeps
     * the reference, and the organisation's next draft starts empty. Returns the reference.
     */
    public String submit(SignedInUser actor, long expectedVersion) {
        Organisation organisation = organisationOf(actor);
        Optional<ApplicationDraft> open = drafts.openDraftOf(organisation.getOin());
        // The open draft at this version is the one to submit. Only without it is this the same submission a
        // second time (a double click after the first committed): its outcome is the newest draft submitted
        // from this version. Looked at first, an earlier draft that happened to reach the same version would
        // pass for this one, and the organisation's next application would never be submitted.
        if (open.isEmpty() || open.get().getVersion() != expectedVersion) {
            Optional<String> alreadySubmitted = submittedFrom(actor, expectedVersion);
            if (alreadySubmitted.isPresent()) {
                return alreadySubmitted.get();
            }
        }
        if (open.isEmpty()) {
            // back in the browser after submitting, then submit again: say where the application went
            throw submittedSinceLastDraft(actor).map(done -> new ActionRefusedException("draft.alreadySubmitted", done))
                    .orElseGet(() -> new ActionRefusedException("draft.nothingToSubmit"));
        }
        ApplicationDraft draft = open.get();
        requireVersion(draft, expectedVersion);
        WizardDraft content = DraftJson.read(draft.getContentJson());
        // the first missing mandate, named, before anything else: no supplier acts for an organisation without one
        List<Organisation> served = servedOrganisations(organisation, content);
        List<DraftError> errors = DraftValidation.errors(content, context(organisation, content, checkUploads(organisation, content)));
        if (!errors.isEmpty()) {
            throw new ActionRefusedException("draft.hasErrors", String.valueOf(errors.size()));
        }
        classify(organisation, content);
        List<ClusterMemberRequest> members = ClusterMemberLines.members(content).stream()
                .map(member -> new ClusterMemberRequest(member.oin(), member.services(),
                        content.memberDecision(member.oin()).map(FileRef::id).orElse(null),
                        MemberChecklistEntries.answers(content, member.oin())))
                .toList();
        if (organisation.isSupplier()) {
            // each served organisation not on the ALB list with its own RvIG decision, named when one has none
            clusterApplications.requireDecisions(organisation, served, members, albRegister());
        }
        String reference = commands.submit(actor, DraftContent.toApplicationContent(content,
                ChecklistView.of(checklists.current().orElseThrow()), this::ownFileBytes));
        if (organisation.isSupplier()) {
            clusterApplications.recordMembers(actor, organisation, reference, served, members, albRegister());
        }
        // uploaded in the ALB step: the process goes straight to its verification when it gets there
        Long proofKind = content.isCareProvider() ? OrganisationKindRules.proofKindId(content) : null;
        content.albDecision().ifPresent(decision -> commands.attachAlbDecision(actor, reference, decision.id(), proofKind));
        draft.markSubmitted(reference, actor.username(), clock.instant());
        return reference;
    }

    /** A supplier's served organisations, each with a mandate in force; refused, naming the first missing mandate. */
    private List<Organisation> servedOrganisations(Organisation organisation, WizardDraft content) {
        if (!organisation.isSupplier()) {
            return List.of();
        }
        return ClusterMemberLines.members(content).stream()
                .map(member -> supplierMandates.requireMandate(organisation, member.oin()))
                .toList();
    }

    /** The organisation is of the kind the submitted draft says, with its register number (checked by the rules). */
    private static void classify(Organisation organisation, WizardDraft content) {
        if (organisation.isSupplier()) {
            return;
        }
        if (content.isCareProvider()) {
            organisation.classifyAsCareProvider(content.careRegister().orElseThrow(), content.getRegisterNumber());
        } else {
            organisation.classifyAsGovernment();
        }
    }

    /** The organisation's open draft, if it has one (its id names it across versions). */
    public Optional<Long> openDraftId(SignedInUser actor) {
        return drafts.openDraftOf(organisationOf(actor).getOin()).map(ApplicationDraft::getId);
    }

    /** The reference the organisation's draft {@code draftId} was submitted as, once that is committed. */
    public Optional<String> submittedAs(SignedInUser actor, long draftId) {
        return drafts.findOf(organisationOf(actor).getOin(), draftId).flatMap(ApplicationDraft::getSubmittedReference);
    }

    /** The reference of the application the organisation's draft became when it was submitted from this version. */
    public Optional<String> submittedFrom(SignedInUser actor, long version) {
        if (version == DraftView.NOT_SAVED) {
            return Optional.empty();
        }
        return drafts.submittedFrom(organisationOf(actor).getOin(), version)
                .flatMap(ApplicationDraft::getSubmittedReference);
    }

    private DraftValidation.Context context(Organisation organisation, WizardDraft content, List<Finding> uploadFindings) {
        List<String> clusterOins = organisation.isSupplier()
                ? content.metadata().map(f -> MetadataEntityIds.clusterMemberOins(ownFileBytes(f.id()))).orElse(List.of())
                : List.of();
        ChecklistView checklist = ChecklistView.of(checklists.current()
                .orElseThrow(() -> new IllegalStateException("no published checklist")));
        String termsLabel = terms.current().orElseThrow(() -> new IllegalStateException("no published terms")).getLabel();
        return new DraftValidation.Context(organisation.getOin(), new OinCheck(isDemoMode()), checklist, termsLabel,
                uploadFindings, proofKinds.active().stream().map(BsnProofKind::getId).collect(Collectors.toSet()), clusterOins);
    }

    private List<Finding> checkUploads(Organisation organisation, WizardDraft content) {
        Optional<byte[]> certificate = content.certificate().map(f -> ownFileBytes(f.id()));
        Optional<byte[]> metadata = content.metadata().map(f -> ownFileBytes(f.id()));
        if (certificate.isEmpty() && metadata.isEmpty()) {
            return List.of();
        }
        TrustCheckInput input = new TrustCheckInput(organisation.getOin(), certificate, metadata,
                Environment.PREPRODUCTION, content.joinsEenmaligInloggen(), Set.of(),
                ServiceUuidMode.of(content.serviceUuidDelivery().orElse(ServiceUuidDelivery.METADATA)));
        return trustCheck.run(input, clock.instant()).findings().stream().filter(UploadFindings::isAboutUploads).toList();
    }

    private byte[] ownFileBytes(long fileId) {
        return files.findById(fileId).map(StoredFile::getContent)
                .orElseThrow(() -> new AccessRefusedException("access.fileNotFound", String.valueOf(fileId)));
    }

    private void requireOwnFiles(WizardDraft content, String oin) {
        requireOwnFile(content.certificate(), oin, FilePurpose.CERTIFICATE);
        requireOwnFile(content.metadata(), oin, FilePurpose.METADATA);
        requireOwnFile(content.albDecision(), oin, FilePurpose.ALB_DECISION);
        content.memberDecisions().values().forEach(decision -> requireOwnFile(Optional.of(decision), oin,
                FilePurpose.ALB_DECISION));
        // the cluster's answers and the served organisations' own
        java.util.stream.Stream.concat(content.getChecklist().values().stream(),
                        content.memberChecklists().values().stream().flatMap(answers -> answers.values().stream()))
                .filter(e -> e.getEvidenceFileId() != null)
                .forEach(e -> requireOwnFile(Optional.of(new FileRef(e.getEvidenceFileId(), e.getEvidenceFileName())), oin,
                        FilePurpose.CHECKLIST_EVIDENCE));
    }

    private void requireOwnFile(Optional<FileRef> file, String oin, FilePurpose purpose) {
        if (file.isPresent() && !UploadService.isOwnFile(files, file.get().id(), oin, purpose)) {
            throw new AccessRefusedException("access.fileNotFound", String.valueOf(file.get().id()));
        }
    }

    private void requireVersion(ApplicationDraft draft, long expectedVersion) {
        if (draft.getVersion() != expectedVersion) {
            throw new ActionRefusedException("draft.changedByColleague", accounts.displayNameOf(draft.getUpdatedBy()));
        }
    }

    private Organisation organisationOf(SignedInUser actor) {
        AccessPolicy.requireApplicant(actor);
        return organisations.findByOin(actor.organisationOin())
                .orElseThrow(() -> new AccessRefusedException("access.applicantsOnly"));
    }

    private AlbRegister albRegister() {
        return albRegister != null ? albRegister : portalAlbRegister;
    }

    private boolean isDemoMode() {
        return demoMode != null ? demoMode : config.isDemoMode();
    }

    private DraftView view(ApplicationDraft draft) {
        return new DraftView(DraftJson.read(draft.getContentJson()), draft.getVersion(), draft.getUpdatedBy(),
                accounts.displayNameOf(draft.getUpdatedBy()), draft.getUpdatedAt());
    }
}
