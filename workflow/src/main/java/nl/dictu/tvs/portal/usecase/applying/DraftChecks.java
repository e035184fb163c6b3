package nl.dictu.tvs.portal.usecase.applying;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.alb.BsnProofKind;
import nl.dictu.tvs.portal.domain.alb.BsnProofKindRepository;
import nl.dictu.tvs.portal.domain.checklist.ChecklistRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.terms.TermsRepository;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.shared.findings.FindingTexts;
import nl.dictu.tvs.portal.trust.alb.AlbCheck;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.metadata.MetadataEntityIds;
import nl.dictu.tvs.portal.trust.oin.OinCheck;
import nl.dictu.tvs.portal.usecase.application.ChecklistView;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftError;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftValidation;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardDraft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the wizard shows the organisation about its draft: everything that still keeps it from being submitted, the
 * trust check on its uploads, and whether the organisation is on the ALB list. The submission refuses on the same
 * rules ({@link #contentErrors}).
 */
@Stateless
public class DraftChecks {

    @EJB
    private DraftService drafts;

    @Inject
    private OrganisationDrafts organisationDrafts;

    @Inject
    private DraftFiles draftFiles;

    @Inject
    private DraftMemberRules memberRules;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private ChecklistRepository checklists;

    @Inject
    private TermsRepository terms;

    @Inject
    private BsnProofKindRepository proofKinds;

    @Inject
    private PortalConfig config;

    private Boolean demoMode;

    public DraftChecks() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public DraftChecks(DraftService drafts, OrganisationDrafts organisationDrafts, DraftFiles draftFiles,
                       DraftMemberRules memberRules, OrganisationRepository organisations, ChecklistRepository checklists,
                       TermsRepository terms, BsnProofKindRepository proofKinds, boolean demoMode) {
        this.drafts = drafts;
        this.organisationDrafts = organisationDrafts;
        this.draftFiles = draftFiles;
        this.memberRules = memberRules;
        this.organisations = organisations;
        this.checklists = checklists;
        this.terms = terms;
        this.proofKinds = proofKinds;
        this.demoMode = demoMode;
    }

    /** Everything that keeps the saved draft (or the new one) from being submitted, in the wizard's order. */
    public List<DraftError> errors(SignedInUser actor) {
        Organisation organisation = organisationDrafts.organisationOf(actor);
        WizardDraft content = drafts.open(actor).draft();
        List<DraftError> errors = new ArrayList<>(contentErrors(organisation, content));
        errors.addAll(memberRules.missingMandates(organisation, content));
        errors.addAll(memberRules.missingMemberDecisions(organisation, content));
        return errors;
    }

    /** The trust check on the saved draft's certificate and metadata, for the organisation's own OIN. */
    public UploadCheckView checkUploads(SignedInUser actor, Locale locale) {
        Organisation organisation = organisationDrafts.organisationOf(actor);
        return UploadFindings.view(draftFiles.uploadFindings(organisation, drafts.open(actor).draft()),
                new FindingTexts(organisations).text(locale));
    }

    /** Whether the organisation is on the ALB list, and under which name. */
    public AlbStatusView albStatus(SignedInUser actor) {
        Organisation organisation = organisationDrafts.organisationOf(actor);
        Finding finding = new AlbCheck(memberRules.albRegister()).check(organisation.getOin());
        if (finding.code() != FindingCode.ALB_REGISTERED) {
            return new AlbStatusView(false, null, null, null);
        }
        return new AlbStatusView(true, finding.evidence().get("registeredName"), finding.evidence().get("decisionReference"),
                finding.evidence().get("decisionDate"));
    }

    /** What is wrong with the draft's own content, its uploads checked as the organisation's. */
    public List<DraftError> contentErrors(Organisation organisation, WizardDraft content) {
        return DraftValidation.errors(content, context(organisation, content, draftFiles.uploadFindings(organisation, content)));
    }

    private DraftValidation.Context context(Organisation organisation, WizardDraft content, List<Finding> uploadFindings) {
        List<String> clusterOins = organisation.isSupplier()
                ? content.metadata().map(f -> MetadataEntityIds.clusterMemberOins(draftFiles.bytes(f.id()))).orElse(List.of())
                : List.of();
        ChecklistView checklist = ChecklistView.of(checklists.current()
                .orElseThrow(() -> new IllegalStateException("no published checklist")));
        String termsLabel = terms.current().orElseThrow(() -> new IllegalStateException("no published terms")).getLabel();
        return new DraftValidation.Context(organisation.getOin(), new OinCheck(isDemoMode()), checklist, termsLabel,
                uploadFindings, proofKinds.active().stream().map(BsnProofKind::getId).collect(Collectors.toSet()), clusterOins);
    }

    private boolean isDemoMode() {
        return demoMode != null ? demoMode : config.isDemoMode();
    }
}
