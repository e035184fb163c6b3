package nl.dictu.tvs.portal.usecase.cluster;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.cluster.ClusterMember;
import nl.dictu.tvs.portal.domain.cluster.ClusterRepository;
import nl.dictu.tvs.portal.domain.cluster.MemberAlbDecision;
import nl.dictu.tvs.portal.domain.cluster.MemberChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.file.StoredFile;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.domain.mandate.Mandate;
import nl.dictu.tvs.portal.domain.mandate.MandateRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.trust.alb.AlbCheck;
import nl.dictu.tvs.portal.trust.alb.AlbRegister;
import nl.dictu.tvs.portal.trust.config.PortalAlbRegister;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.metadata.MetadataEntityIds;
import nl.dictu.tvs.portal.usecase.application.ApplicationCommands;
import nl.dictu.tvs.portal.usecase.mandate.SupplierMandates;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ALB_DECISION_FILE_ID;

/**
 * A supplier's cluster application as a whole: submitted with the organisations it serves (each with a mandate in
 * force, each in the cluster metadata), their members recorded with what is each one's own, and the organisations a
 * supplier may act for. The wizard and API v1 submit through it, so both apply the same rules.
 */
@Stateless
public class ClusterApplications {

    /** The audit action of a supplier applying for a cluster connection in a served organisation's name. */
    public static final String CLUSTER_APPLIED = "clusterApplicationSubmitted";

    @EJB
    private ApplicationCommands commands;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ClusterRepository clusters;

    @Inject
    private MandateRepository mandates;

    @Inject
    private SupplierMandates supplierMandates;

    @Inject
    private PortalAlbRegister albRegister;

    @Inject
    private StoredFileRepository files;

    @Inject
    private RuntimeService runtime;

    @Inject
    private Clock clock;

    public ClusterApplications() {
        // for the container
    }

    /**
     * Submits the actor's organisation's application: a supplier's with the organisations it serves (refused, naming
     * the first missing mandate, when one gave it none in force), any other organisation's without any.
     */
    public String submit(SignedInUser actor, ApplicationContent content, List<ClusterMemberRequest> members) {
        Organisation organisation = organisationOf(actor);
        if (!organisation.isSupplier()) {
            if (!members.isEmpty()) {
                throw ActionRefusedException.of(ClusterMemberRules.FIELD, "mandate.notASupplier", organisation.getName());
            }
            return commands.submit(actor, content);
        }
        ClusterMemberRules.requireNamed(members);
        List<Organisation> served = members.stream()
                .map(member -> supplierMandates.requireMandateToActFor(organisation, member.oin())).toList();
        ClusterMemberRules.require(members, MetadataEntityIds.clusterMemberOins(content.preproductionMetadata()));
        requireDecisions(organisation, served, members, albRegister);
        ClusterMemberRules.requireChecklist(members,
                content.checklistAnswers().stream().map(ChecklistAnswer::itemCode).toList());
        String reference = commands.submit(actor, content);
        recordMembers(actor, organisation, reference, served, members, albRegister);
        return reference;
    }

    /**
     * Each served organisation that is not on the ALB list has its own RvIG decision attached, an {@code ALB_DECISION}
     * upload of the supplier's; refused naming every member without one (or with a file that is no such upload).
     *
     * @param served the organisations of the members, in their order
     */
    public void requireDecisions(Organisation supplier, List<Organisation> served, List<ClusterMemberRequest> members,
                                 AlbRegister register) {
        AlbCheck alb = new AlbCheck(register);
        ClusterMemberRules.requireDecisions(members, oin -> alb.check(oin).code() == FindingCode.ALB_REGISTERED,
                oin -> served.stream().filter(o -> o.getOin().equals(oin)).map(Organisation::getName).findFirst().orElse(oin));
        members.stream().filter(member -> member.albDecisionFileId() != null)
                .forEach(member -> decisionFile(supplier, member.albDecisionFileId()));
    }

    /**
     * The cluster's members with what is each one's own (ALB status, services, the RvIG decision of a member not on
     * the ALB list, its own checklist answers), and for each served organisation the audit event of the supplier
     * applying in its name. With a decision attached, the process goes straight to its verification when the checks
     * find a member not on the list.
     *
     * @param served the organisations of the members, in their order
     */
    public void recordMembers(SignedInUser actor, Organisation supplier, String reference, List<Organisation> served,
                              List<ClusterMemberRequest> members, AlbRegister register) {
        long applicationId = applications.findByReference(reference).orElseThrow().getId();
        AlbCheck alb = new AlbCheck(register);
        List<Long> decisionFiles = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Organisation organisation = served.get(i);
            ClusterMemberRequest member = members.get(i);
            boolean onAlbList = alb.check(organisation.getOin()).code() == FindingCode.ALB_REGISTERED;
            clusters.saveMember(new ClusterMember(applicationId, organisation.getId(), i, organisation.getOin(),
                    organisation.getName(), onAlbList, String.join("\n", member.services())));
            Map<String, String> after = new LinkedHashMap<>(Map.of("reference", reference,
                    "member", organisation.getOin(), "onAlbList", String.valueOf(onAlbList)));
            if (!onAlbList && member.albDecisionFileId() != null) {
                StoredFile file = decisionFile(supplier, member.albDecisionFileId());
                clusters.saveDecision(new MemberAlbDecision(applicationId, supplier.getOin(), organisation.getOin(), file,
                        actor.username(), clock.instant()));
                decisionFiles.add(file.getId());
                after.put("albDecisionFile", file.getFileName());
                after.put("albDecisionSha256", file.getSha256());
            }
            member.checklist().forEach(answer -> clusters.saveMemberAnswer(new MemberChecklistAnswer(applicationId,
                    organisation.getOin(), answer)));
            if (!member.checklist().isEmpty()) {
                after.put("ownChecklistItems", String.join(", ",
                        member.checklist().stream().map(ChecklistAnswer::itemCode).toList()));
            }
            supplierMandates.audit(actor.username(), CLUSTER_APPLIED, applicationId, supplier, organisation, after);
        }
        if (!decisionFiles.isEmpty()) {
            // the members' decisions stand in for the application's own: the process verifies them instead of asking
            ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
            if (instance != null) {
                runtime.setVariable(instance.getId(), ALB_DECISION_FILE_ID, decisionFiles.get(0));
            }
        }
    }

    private StoredFile decisionFile(Organisation supplier, long fileId) {
        return MemberDecisionFiles.require(files, supplier.getOin(), fileId);
    }

    /** The organisations that granted the actor's organisation, a supplier, a mandate in force, by name. */
    public List<ServedOrganisationView> servedOrganisations(SignedInUser actor) {
        Organisation supplier = supplierOf(actor);
        List<Application> own = applications.findByOrganisationOin(supplier.getOin());
        return mandates.involving(supplier.getOin()).stream()
                .filter(m -> m.isActive() && m.getSupplier().getOin().equals(supplier.getOin()))
                .map(m -> view(m, own))
                .sorted(java.util.Comparator.comparing(ServedOrganisationView::name))
                .toList();
    }

    /**
     * One organisation the actor's supplier serves, with the supplier's cluster applications that list it; refused
     * (403, naming the missing mandate) when it gave the supplier no mandate in force.
     */
    public ServedOrganisationView servedOrganisation(SignedInUser actor, String servedOin) {
        Organisation supplier = supplierOf(actor);
        Organisation served = supplierMandates.requireMandateToActFor(supplier, servedOin);
        Mandate mandate = mandates.unrevokedBetween(supplier.getOin(), served.getOin()).stream().filter(Mandate::isActive)
                .findFirst().orElseThrow();
        return view(mandate, applications.findByOrganisationOin(supplier.getOin()));
    }

    private ServedOrganisationView view(Mandate mandate, List<Application> supplierApplications) {
        Organisation served = mandate.getServed();
        List<String> references = supplierApplications.stream()
                .filter(a -> clusters.membersOf(a.getId()).stream().anyMatch(m -> m.getOin().equals(served.getOin())))
                .map(Application::getReference).toList();
        Instant since = mandate.getSignedAt().orElse(mandate.getInvitedAt());
        Instant agreed = mandate.getSupplierAgreedAt().orElse(since);
        return new ServedOrganisationView(served.getOin(), served.getName(), mandate.getId(),
                agreed.isAfter(since) ? agreed : since, references);
    }

    private Organisation supplierOf(SignedInUser actor) {
        Organisation organisation = organisationOf(actor);
        if (!organisation.isSupplier()) {
            throw new AccessRefusedException("mandate.notASupplier", organisation.getName());
        }
        return organisation;
    }

    private Organisation organisationOf(SignedInUser actor) {
        AccessPolicy.requireApplicant(actor);
        return organisations.findByOin(actor.organisationOin())
                .orElseThrow(() -> new AccessRefusedException("access.applicantsOnly"));
    }
}
