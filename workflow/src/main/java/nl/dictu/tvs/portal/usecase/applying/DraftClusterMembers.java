package nl.dictu.tvs.portal.usecase.applying;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.file.StoredFile;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.trust.alb.AlbCheck;
import nl.dictu.tvs.portal.trust.config.PortalAlbRegister;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.usecase.applying.draft.ClusterMemberLines;
import nl.dictu.tvs.portal.usecase.applying.draft.ChecklistEntry;
import nl.dictu.tvs.portal.usecase.applying.draft.FileRef;
import nl.dictu.tvs.portal.usecase.applying.draft.MemberChecklistEntries;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardDraft;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMemberRequest;
import nl.dictu.tvs.portal.usecase.cluster.MemberDecisionFiles;
import nl.dictu.tvs.portal.usecase.mandate.SupplierMandates;

import java.util.List;

/**
 * The organisations a supplier's draft cluster application serves, one at a time, as the wizard's organisation step
 * lists them: added (only one that gave the supplier a mandate in force, each once, each with its services) and
 * removed, saved into the organisation's one draft that its members go on with in the wizard. A served organisation
 * that is not on the ALB list gets its own RvIG decision, an {@code ALB_DECISION} upload of the supplier's; one may
 * give its own checklist answers where they differ from the cluster's.
 */
@Stateless
public class DraftClusterMembers {

    @EJB
    private DraftService drafts;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private SupplierMandates supplierMandates;

    @Inject
    private PortalAlbRegister albRegister;

    @Inject
    private StoredFileRepository files;

    public DraftClusterMembers() {
        // for the container
    }

    /** The well-formed members of the draft, in their order. */
    public List<ClusterMemberLines.Member> members(SignedInUser actor) {
        supplierOf(actor);
        return ClusterMemberLines.members(drafts.open(actor).draft());
    }

    /** The well-formed members of the draft, in their order, each with its ALB status and RvIG decision. */
    public List<DraftMemberView> memberViews(SignedInUser actor) {
        supplierOf(actor);
        WizardDraft draft = drafts.open(actor).draft();
        AlbCheck alb = new AlbCheck(albRegister);
        return ClusterMemberLines.members(draft).stream().map(member -> new DraftMemberView(member.oin(),
                organisations.findByOin(member.oin()).map(Organisation::getName).orElse(member.oin()), member.services(),
                alb.check(member.oin()).code() == FindingCode.ALB_REGISTERED,
                draft.memberDecision(member.oin()).orElse(null), MemberChecklistEntries.ownItems(draft, member.oin()))).toList();
    }

    /**
     * Attaches the RvIG decision (an {@code ALB_DECISION} upload of the supplier's) to the listed member with this
     * OIN, replacing the one it had; refused for a member the draft does not list.
     */
    public DraftMemberView attachDecision(SignedInUser actor, String oin, long fileId) {
        Organisation supplier = supplierOf(actor);
        DraftView view = drafts.open(actor);
        WizardDraft draft = view.draft();
        String listed = oin == null ? "" : oin.strip();
        if (ClusterMemberLines.members(draft).stream().noneMatch(member -> member.oin().equals(listed))) {
            throw ActionRefusedException.of("oin", "cluster.member.notListed", listed);
        }
        draft.setMemberDecision(listed, decisionFile(supplier, fileId));
        drafts.save(actor, draft, view.version());
        return memberViews(actor).stream().filter(member -> member.oin().equals(listed)).findFirst().orElseThrow();
    }

    private FileRef decisionFile(Organisation supplier, long fileId) {
        StoredFile file = MemberDecisionFiles.require(files, supplier.getOin(), fileId);
        return new FileRef(file.getId(), file.getFileName());
    }

    /**
     * Adds the member at the end of the draft's list, with its RvIG decision when the request names one.
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
        FileRef decision = member.albDecisionFileId() == null ? null : decisionFile(supplier, member.albDecisionFileId());
        DraftView view = drafts.open(actor);
        WizardDraft draft = view.draft();
        if (ClusterMemberLines.members(draft).stream().anyMatch(listed -> listed.oin().equals(member.oin()))) {
            throw ActionRefusedException.of("oin", "draft.cluster.memberDuplicate", member.oin());
        }
        draft.setClusterMembers(ClusterMemberLines.with(draft.getClusterMembers(), member.oin(), member.services()));
        draft.setMemberDecision(member.oin(), decision);
        member.checklist().forEach(answer -> {
            ChecklistEntry entry = draft.memberChecklist(member.oin()).computeIfAbsent(answer.itemCode(), code -> new ChecklistEntry());
            entry.setAnswer(answer.answer().name());
            entry.setExplanation(answer.explanation());
            if (answer.evidenceFileId() != null) {
                entry.attachEvidence(answer.evidenceFileId(), "");
            }
        });
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
        draft.setMemberDecision(listed, null);
        draft.clearMemberChecklist(listed);
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
