package nl.dictu.tvs.portal.usecase.cluster;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.cluster.MemberAlbDecision;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.cluster.ClusterMember;
import nl.dictu.tvs.portal.domain.cluster.ClusterRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.trust.metadata.MetadataEntityIds;
import nl.dictu.tvs.portal.usecase.application.FileDownload;
import nl.dictu.tvs.portal.domain.Sha256;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A supplier's cluster connection as its members and DICTU's reviewers see it: the organisations it serves,
 * and its aansluitbestand per environment, exported and imported as XLSX or CSV. Until a file was imported
 * for an environment, the aansluitbestand lists the application's members, connected since it was submitted.
 */
@Stateless
public class ClusterConnections {

    static final String IMPORTED = "aansluitbestandImported";

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ClusterRepository clusters;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private PortalConfig config;

    @Inject
    private ClusterMembership membership;

    @Inject
    private Auditor auditor;

    public ClusterConnections() {
        // for the container
    }

    /** The organisations the application serves, in its order; empty for an application of one organisation. */
    public List<ClusterMemberView> members(SignedInUser actor, String reference) {
        Application application = readable(actor, reference);
        List<ClusterMember> members = clusters.membersOf(application.getId());
        if (members.isEmpty()) {
            // most applications serve no cluster: every application page asks, so their decisions and answers are not read
            return List.of();
        }
        Map<String, MemberAlbDecision> decisions = clusters.latestDecisions(application.getId());
        Map<String, List<ChecklistAnswer>> answers = clusters.memberAnswers(application.getId());
        return members.stream().map(member -> MemberDecisions.view(member,
                decisions.get(member.getOin()), answers.getOrDefault(member.getOin(), List.of()))).toList();
    }

    /** The aansluitbestand of the connection in the environment, every member connected and disconnected. */
    public List<AansluitbestandRow> aansluitbestand(SignedInUser actor, String reference, ConnectionEnvironment environment) {
        return rows(readable(actor, reference), environment);
    }

    public FileDownload export(SignedInUser actor, String reference, ConnectionEnvironment environment,
                               AansluitbestandFormat format) {
        Application application = readable(actor, reference);
        byte[] content = AansluitbestandWriter.write(rows(application, environment), format);
        String name = "aansluitbestand-" + application.getReference() + "-" + environment.name().toLowerCase(Locale.ROOT)
                + "." + format.extension();
        return new FileDownload(name, format.contentType(), Sha256.hex(content), content);
    }

    /**
     * Replaces the connection's aansluitbestand in the environment with the uploaded file, or, when one row is bad,
     * changes nothing and reports every bad row by number. Members are checked against the connection's cluster
     * metadata of that environment.
     */
    public AansluitbestandImportReport importFile(SignedInUser actor, String reference, ConnectionEnvironment environment,
                                                  String fileName, byte[] content) {
        Application application = readable(actor, reference);
        if (clusters.membersOf(application.getId()).isEmpty()) {
            throw new ActionRefusedException("aansluitbestand.notACluster", application.getReference());
        }
        ApplicationVersion version = applications.currentVersion(application);
        byte[] metadata = environment == ConnectionEnvironment.PRODUCTION
                ? version.getProductionMetadata().orElseThrow(() -> new ActionRefusedException(
                        "aansluitbestand.noProductionMetadata", application.getReference()))
                : version.getPreproductionMetadata();
        AansluitbestandResult result = new AansluitbestandReader(config.isDemoMode())
                .read(content, AansluitbestandFormat.ofFileName(fileName), MetadataEntityIds.clusterMemberOins(metadata));
        if (!result.isAccepted()) {
            return new AansluitbestandImportReport(false, 0, result.problems());
        }
        membership.replace(application.getId(), environment, result.rows());
        Map<String, String> after = Map.of("environment", environment.name(), "members", String.valueOf(result.rows().size()),
                "sha256", Sha256.hex(content));
        Organisation owner = application.getOrganisation();
        if (owner.isSupplier() && !actor.hasRole(Role.REVIEWER_NAME)) {
            for (AansluitbestandRow row : result.rows()) {
                organisations.findByOin(row.oin()).ifPresent(served -> auditor.recordActingFor(actor.username(), IMPORTED,
                        application.getId(), owner.getId(), served.getId(), Map.of(), after));
            }
        } else {
            auditor.record(actor.username(), IMPORTED, application.getId(), null, Map.of(), after);
        }
        return new AansluitbestandImportReport(true, result.rows().size(), List.of());
    }

    private List<AansluitbestandRow> rows(Application application, ConnectionEnvironment environment) {
        return membership.rows(application, environment);
    }

    private Application readable(SignedInUser actor, String reference) {
        if (actor != null && actor.hasRole(Role.REVIEWER_NAME)) {
            return applications.findByReference(reference == null ? "" : reference)
                    .orElseThrow(() -> new AccessRefusedException("access.notYourApplication", String.valueOf(reference)));
        }
        return AccessPolicy.ownApplication(applications, actor, reference);
    }
}
