package nl.dictu.tvs.portal.usecase.applying;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.draft.ApplicationDraft;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftJson;

/**
 * What every draft service starts from: the signed-in applicant's organisation (only an applicant has a draft), the
 * saved draft as the wizard shows it, and the version a change must name so that a colleague's save in between is
 * never overwritten unseen.
 */
@Dependent
public class OrganisationDrafts {

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository accounts;

    public OrganisationDrafts() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public OrganisationDrafts(OrganisationRepository organisations, UserAccountRepository accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    /** The applicant's organisation; refused for anyone else. */
    public Organisation organisationOf(SignedInUser actor) {
        AccessPolicy.requireApplicant(actor);
        return organisations.findByOin(actor.organisationOin())
                .orElseThrow(() -> new AccessRefusedException("access.applicantsOnly"));
    }

    /** Refused, naming the colleague who saved last, when the draft is no longer at the version the change started from. */
    public void requireVersion(ApplicationDraft draft, long expectedVersion) {
        if (draft.getVersion() != expectedVersion) {
            throw changedByColleague(draft);
        }
    }

    /** The refusal for a save that lost to a colleague's, naming the colleague. */
    public ActionRefusedException changedByColleague(ApplicationDraft draft) {
        return new ActionRefusedException("draft.changedByColleague", accounts.displayNameOf(draft.getUpdatedBy()));
    }

    /** The saved draft as the wizard shows it: its content, version and who saved it last, when. */
    public DraftView view(ApplicationDraft draft) {
        return new DraftView(DraftJson.read(draft.getContentJson()), draft.getVersion(), draft.getUpdatedBy(),
                accounts.displayNameOf(draft.getUpdatedBy()), draft.getUpdatedAt());
    }
}
