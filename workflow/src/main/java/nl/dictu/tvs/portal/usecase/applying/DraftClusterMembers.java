package nl.dictu.tvs.portal.usecase.applying;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.applying.draft.ClusterMemberLines;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardDraft;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMemberRequest;
import nl.dictu.tvs.portal.usecase.mandate.SupplierMandates;

import java.util.List;

/**
 * The organisations a supplier's draft cluster application serves, one at a time, as the wizard's organisation step
 * lists them: added (only one that gave the supplier a mandate in force, each once, each with its services) and
 * removed, saved into the organisation's one draft that its members go on with in the wizard.
 */
@Stateless
public class DraftClusterMembers {

    @EJB
    private DraftService drafts;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private SupplierMandates supplierMandates;

    public DraftClusterMembers() {
        // for the container
    }

    /** The well-formed members of the draft, in their order. */
    public List<ClusterMemberLines.Member> members(SignedInUser actor) {
        supplierOf(actor);
        return ClusterMemberLines.members(drafts.open(actor).draft());
    }

    /**
     * Adds the member at the end of the draft's list.
     *
     * @throws AccessRefusedException (403) naming the missing mandate when the organisation gave none in force
     */
    public ClusterMemberLines.Member add(SignedInUser actor, ClusterMemberRequest member) {
        Organisation supplier = supplierOf(actor);
        if (member.oin().isEmpty()) {
            throw ActionRefusedException.of("oin", "cluster.member.oinMissing", "1");
        }
        if (member.services().isEmpty()) {
            throw ActionRefusedException.of("services", "cluster.member.servicesRequired", member.oin());
        }
        if (member.services().stream().anyMatch(service -> service.contains(",") || service.contains("\n"))) {
            throw ActionRefusedException.of("services", "cluster.member.serviceComma", member.oin());
        }
        supplierMandates.requireMandateToActFor(supplier, member.oin());
        DraftView view = drafts.open(actor);
        WizardDraft draft = view.draft();
        if (ClusterMemberLines.members(draft).stream().anyMatch(listed -> listed.oin().equals(member.oin()))) {
            throw ActionRefusedException.of("oin", "draft.cluster.memberDuplicate", member.oin());
        }
        draft.setClusterMembers(ClusterMemberLines.with(draft.getClusterMembers(), member.oin(), member.services()));
        drafts.save(actor, draft, view.version());
        return new ClusterMemberLines.Member(member.oin(), member.services());
    }

    /** Removes the member with this OIN from the draft's list; refused when the list does not have it. */
    public void remove(SignedInUser actor, String oin) {
        supplierOf(actor);
        DraftView view = drafts.open(actor);
        WizardDraft draft = view.draft();
        String listed = oin == null ? "" : oin.strip();
        if (ClusterMemberLines.members(draft).stream().noneMatch(member -> member.oin().equals(listed))) {
            throw new ActionRefusedException("cluster.member.notListed", listed);
        }
        draft.setClusterMembers(ClusterMemberLines.without(draft.getClusterMembers(), listed));
        drafts.save(actor, draft, view.version());
    }

    private Organisation supplierOf(SignedInUser actor) {
        AccessPolicy.requireApplicant(actor);
        Organisation organisation = organisations.findByOin(actor.organisationOin())
                .orElseThrow(() -> new AccessRefusedException("access.applicantsOnly"));
        if (!organisation.isSupplier()) {
            throw new AccessRefusedException("mandate.notASupplier", organisation.getName());
        }
        return organisation;
    }
}
