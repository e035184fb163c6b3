package nl.dictu.tvs.portal.usecase.applying;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.trust.alb.AlbCheck;
import nl.dictu.tvs.portal.trust.alb.AlbRegister;
import nl.dictu.tvs.portal.trust.config.PortalAlbRegister;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.usecase.applying.draft.ClusterMemberLines;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftError;
import nl.dictu.tvs.portal.usecase.applying.draft.FieldIds;
import nl.dictu.tvs.portal.usecase.applying.draft.FileRef;
import nl.dictu.tvs.portal.usecase.applying.draft.MemberChecklistEntries;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardDraft;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardStep;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMemberRequest;
import nl.dictu.tvs.portal.usecase.mandate.SupplierMandates;

import java.util.ArrayList;
import java.util.List;

/**
 * What a supplier's draft cluster application requires of the organisations it serves: a mandate in force from each,
 * and an RvIG decision in the draft for each that is not on the ALB list. The wizard lists what is missing as the
 * draft's errors; the submission refuses on the same rules.
 */
@Dependent
public class DraftMemberRules {

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private SupplierMandates supplierMandates;

    @Inject
    private PortalAlbRegister portalAlbRegister;

    private AlbRegister albRegister;

    public DraftMemberRules() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public DraftMemberRules(OrganisationRepository organisations, SupplierMandates supplierMandates, AlbRegister albRegister) {
        this.organisations = organisations;
        this.supplierMandates = supplierMandates;
        this.albRegister = albRegister;
    }

    /** The ALB list the draft is checked against. */
    public AlbRegister albRegister() {
        return albRegister != null ? albRegister : portalAlbRegister;
    }

    /** For a supplier, each served organisation that gave it no mandate in force, named (as the submission refuses). */
    public List<DraftError> missingMandates(Organisation organisation, WizardDraft content) {
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

    /**
     * For a supplier, each served organisation that is not on the ALB list and has no RvIG decision in the draft,
     * named (as the submission refuses).
     */
    public List<DraftError> missingMemberDecisions(Organisation organisation, WizardDraft content) {
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

    /** A supplier's served organisations, each with a mandate in force; refused, naming the first missing mandate. */
    public List<Organisation> servedOrganisations(Organisation organisation, WizardDraft content) {
        if (!organisation.isSupplier()) {
            return List.of();
        }
        return ClusterMemberLines.members(content).stream()
                .map(member -> supplierMandates.requireMandate(organisation, member.oin()))
                .toList();
    }

    /** The draft's served organisations as the cluster records them: services, RvIG decision and own checklist answers. */
    public static List<ClusterMemberRequest> memberRequests(WizardDraft content) {
        return ClusterMemberLines.members(content).stream()
                .map(member -> new ClusterMemberRequest(member.oin(), member.services(),
                        content.memberDecision(member.oin()).map(FileRef::id).orElse(null),
                        MemberChecklistEntries.answers(content, member.oin())))
                .toList();
    }
}
