package nl.dictu.tvs.portal.usecase.applying;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import nl.dictu.tvs.portal.domain.draft.ApplicationDraft;
import nl.dictu.tvs.portal.domain.draft.ApplicationDraftRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftJson;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardDraft;

import java.time.Clock;
import java.util.Optional;

/**
 * The organisation's draft application: any member opens it and saves it as they go (errors and all). A save names
 * the version it started from, so a colleague's save in between is never overwritten unseen. What is still wrong
 * with it is {@link DraftChecks}'; its submission {@link DraftSubmitter}'s.
 */
@Stateless
public class DraftService {

    @Inject
    private ApplicationDraftRepository drafts;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private OrganisationDrafts organisationDrafts;

    @Inject
    private DraftFiles draftFiles;

    @Inject
    private Clock clock;

    public DraftService() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public DraftService(ApplicationDraftRepository drafts, OrganisationRepository organisations,
                        OrganisationDrafts organisationDrafts, DraftFiles draftFiles, Clock clock) {
        this.drafts = drafts;
        this.organisations = organisations;
        this.organisationDrafts = organisationDrafts;
        this.draftFiles = draftFiles;
        this.clock = clock;
    }

    /** The organisation's open draft, or a new one with its OIN and name filled in (not saved until it changes). */
    public DraftView open(SignedInUser actor) {
        Organisation organisation = organisationDrafts.organisationOf(actor);
        return drafts.openDraftOf(organisation.getOin())
                .map(organisationDrafts::view)
                .orElseGet(() -> new DraftView(WizardDraft.startFor(organisation.getOin(), organisation.getName(),
                        organisation.getKind(), organisation.getRegisterKind(), organisation.getRegisterNumber()),
                        DraftView.NOT_SAVED, null, null, null));
    }

    /** The organisation's open draft if a member has saved one: what "Mijn aanvragen" lists and resumes. */
    public Optional<DraftView> saved(SignedInUser actor) {
        return drafts.openDraftOf(organisationDrafts.organisationOf(actor).getOin()).map(organisationDrafts::view);
    }

    /**
     * The reference of the application the organisation submitted last, while no member has started
     * a new draft since: the wizard's summary then names it instead of an empty draft's errors (the
     * browser's back button after submitting).
     */
    public Optional<String> submittedSinceLastDraft(SignedInUser actor) {
        String oin = organisationDrafts.organisationOf(actor).getOin();
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
        Organisation organisation = organisationDrafts.organisationOf(actor);
        // two members' first saves at once would otherwise each make a draft, and one would be lost
        organisations.lockForChange(organisation);
        draftFiles.requireOwnFiles(content, organisation.getOin());
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
            organisationDrafts.requireVersion(draft, expectedVersion);
            draft.replaceContent(json, actor.username(), clock.instant());
        }
        try {
            drafts.flush();
        } catch (OptimisticLockException e) {
            throw organisationDrafts.changedByColleague(draft);
        }
        return organisationDrafts.view(draft);
    }

    /** Only a supplier applies for a cluster, and a supplier only for one: its kind is not the draft's to change. */
    private static void keepSupplierKind(Organisation organisation, WizardDraft content) {
        if (organisation.isSupplier()) {
            content.setOrganisationKind(OrganisationKind.SUPPLIER.name());
        } else if (content.isSupplier()) {
            content.setOrganisationKind(OrganisationKind.GOVERNMENT.name());
        }
    }

    /** The organisation's open draft, if it has one (its id names it across versions). */
    public Optional<Long> openDraftId(SignedInUser actor) {
        return drafts.openDraftOf(organisationDrafts.organisationOf(actor).getOin()).map(ApplicationDraft::getId);
    }

    /** The reference the organisation's draft {@code draftId} was submitted as, once that is committed. */
    public Optional<String> submittedAs(SignedInUser actor, long draftId) {
        return drafts.findOf(organisationDrafts.organisationOf(actor).getOin(), draftId)
                .flatMap(ApplicationDraft::getSubmittedReference);
    }

    /** The reference of the application the organisation's draft became when it was submitted from this version. */
    public Optional<String> submittedFrom(SignedInUser actor, long version) {
        if (version == DraftView.NOT_SAVED) {
            return Optional.empty();
        }
        return drafts.submittedFrom(organisationDrafts.organisationOf(actor).getOin(), version)
                .flatMap(ApplicationDraft::getSubmittedReference);
    }
}
