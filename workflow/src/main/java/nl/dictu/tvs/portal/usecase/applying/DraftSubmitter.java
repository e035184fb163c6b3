package nl.dictu.tvs.portal.usecase.applying;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.checklist.ChecklistRepository;
import nl.dictu.tvs.portal.domain.draft.ApplicationDraft;
import nl.dictu.tvs.portal.domain.draft.ApplicationDraftRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.application.ApplicationCommands;
import nl.dictu.tvs.portal.usecase.application.ChecklistView;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftError;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftJson;
import nl.dictu.tvs.portal.usecase.applying.draft.OrganisationKindRules;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardDraft;
import nl.dictu.tvs.portal.usecase.cluster.ClusterApplications;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMemberRequest;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Submits the organisation's saved draft as a new application, in one transaction, once nothing is wrong with it
 * (on the rules the wizard shows, {@link DraftChecks}): the draft keeps the reference, and the organisation's next
 * draft starts empty. {@link DraftSubmission} makes a double-clicked submission one.
 */
@Stateless
public class DraftSubmitter {

    @Inject
    private ApplicationDraftRepository drafts;

    @EJB
    private DraftService draftService;

    @EJB
    private DraftChecks checks;

    @Inject
    private OrganisationDrafts organisationDrafts;

    @Inject
    private DraftFiles draftFiles;

    @Inject
    private DraftMemberRules memberRules;

    @Inject
    private ChecklistRepository checklists;

    @EJB
    private ApplicationCommands commands;

    @EJB
    private ClusterApplications clusterApplications;

    @Inject
    private Clock clock;

    public DraftSubmitter() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public DraftSubmitter(ApplicationDraftRepository drafts, DraftService draftService, DraftChecks checks,
                          OrganisationDrafts organisationDrafts, DraftFiles draftFiles, DraftMemberRules memberRules,
                          ChecklistRepository checklists, ApplicationCommands commands, Clock clock) {
        this.drafts = drafts;
        this.draftService = draftService;
        this.checks = checks;
        this.organisationDrafts = organisationDrafts;
        this.draftFiles = draftFiles;
        this.memberRules = memberRules;
        this.checklists = checklists;
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * Submits the saved draft as a new application when nothing is wrong with it; the draft keeps
     * the reference, and the organisation's next draft starts empty. Returns the reference.
     */
    public String submit(SignedInUser actor, long expectedVersion) {
        Organisation organisation = organisationDrafts.organisationOf(actor);
        Optional<ApplicationDraft> open = drafts.openDraftOf(organisation.getOin());
        // The open draft at this version is the one to submit. Only without it is this the same submission a
        // second time (a double click after the first committed): its outcome is the newest draft submitted
        // from this version. Looked at first, an earlier draft that happened to reach the same version would
        // pass for this one, and the organisation's next application would never be submitted.
        if (open.isEmpty() || open.get().getVersion() != expectedVersion) {
            Optional<String> alreadySubmitted = draftService.submittedFrom(actor, expectedVersion);
            if (alreadySubmitted.isPresent()) {
                return alreadySubmitted.get();
            }
        }
        if (open.isEmpty()) {
            // back in the browser after submitting, then submit again: say where the application went
            throw draftService.submittedSinceLastDraft(actor).map(done -> new ActionRefusedException("draft.alreadySubmitted", done))
                    .orElseGet(() -> new ActionRefusedException("draft.nothingToSubmit"));
        }
        ApplicationDraft draft = open.get();
        organisationDrafts.requireVersion(draft, expectedVersion);
        WizardDraft content = DraftJson.read(draft.getContentJson());
        // the first missing mandate, named, before anything else: no supplier acts for an organisation without one
        List<Organisation> served = memberRules.servedOrganisations(organisation, content);
        List<DraftError> errors = checks.contentErrors(organisation, content);
        if (!errors.isEmpty()) {
            throw new ActionRefusedException("draft.hasErrors", String.valueOf(errors.size()));
        }
        classify(organisation, content);
        List<ClusterMemberRequest> members = DraftMemberRules.memberRequests(content);
        if (organisation.isSupplier()) {
            // each served organisation not on the ALB list with its own RvIG decision, named when one has none
            clusterApplications.requireDecisions(organisation, served, members, memberRules.albRegister());
        }
        String reference = commands.submit(actor, DraftContent.toApplicationContent(content,
                ChecklistView.of(checklists.current().orElseThrow()), draftFiles::bytes));
        if (organisation.isSupplier()) {
            clusterApplications.recordMembers(actor, organisation, reference, served, members, memberRules.albRegister());
        }
        // uploaded in the ALB step: the process goes straight to its verification when it gets there
        Long proofKind = content.isCareProvider() ? OrganisationKindRules.proofKindId(content) : null;
        content.albDecision().ifPresent(decision -> commands.attachAlbDecision(actor, reference, decision.id(), proofKind));
        draft.markSubmitted(reference, actor.username(), clock.instant());
        return reference;
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
}
