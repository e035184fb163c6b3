package nl.dictu.tvs.portal.usecase.change;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.change.ChangeRequest;
import nl.dictu.tvs.portal.domain.change.ChangeRequestRepository;
import nl.dictu.tvs.portal.domain.change.MemberChange;
import nl.dictu.tvs.portal.domain.change.MemberChangeAction;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.domain.file.StoredFile;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.domain.mandate.Mandate;
import nl.dictu.tvs.portal.domain.mandate.MandateRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.trust.alb.AlbCheck;
import nl.dictu.tvs.portal.trust.config.PortalAlbRegister;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.metadata.MetadataEntityIds;
import nl.dictu.tvs.portal.trust.oin.OinCheck;
import nl.dictu.tvs.portal.usecase.application.UploadService;
import nl.dictu.tvs.portal.usecase.cluster.AansluitbestandRow;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMembership;
import nl.dictu.tvs.portal.usecase.mandate.SupplierMandates;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A supplier's change requests about the organisations its live cluster connection serves, one environment at a
 * time: the members connected and disconnected now, removing one that is connected (the fast lane) and adding one
 * like a new application for it (reviewed with four eyes). One request per served organisation and connection may be
 * open at once; requests about different organisations may be open together, but not beside an ordinary change of
 * the connection. Pages and the API call these same methods, so the same rules hold for both.
 */
@Stateless
public class MemberChangeRequests {

    /** The audit action on the served organisation's trail: the supplier asked to connect or disconnect it. */
    public static final String MEMBER_CHANGE_REQUESTED = "clusterMemberChangeRequested";

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ChangeRequestRepository requests;

    @Inject
    private ChangeRequestViews views;

    @Inject
    private ChangeStart start;

    @Inject
    private ClusterMembership membership;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private MandateRepository mandates;

    @Inject
    private SupplierMandates supplierMandates;

    @Inject
    private PortalAlbRegister albRegister;

    @Inject
    private StoredFileRepository files;

    @Inject
    private PortalConfig config;

    @Inject
    private Clock clock;

    /** The aansluitbestand of the cluster connection live in the environment: every member, connected and not. */
    public List<AansluitbestandRow> members(SignedInUser actor, String reference, ConnectionEnvironment environment) {
        Application application = clusterApplication(actor, reference);
        start.liveConnection(application, environment);
        return membership.rows(application, environment);
    }

    /**
     * Starts a request to disconnect a served organisation that is connected in the environment now. It takes the
     * fast lane: one reviewer's confirmation, or none when the admin's setting says so.
     */
    public ChangeRequestView requestRemoval(SignedInUser actor, String reference, MemberRemoval removal, Locale locale) {
        Application application = clusterApplication(actor, reference);
        start.liveConnection(application, removal.environment());
        AansluitbestandRow connected = MemberChangeRules.requireConnected(membership.rows(application, removal.environment()),
                removal.oin(), application.getReference(), ChangeStart.environmentLabel(removal.environment(), locale));
        Organisation served = organisations.findByOin(connected.oin()).orElse(null);
        LiveConnection connection = start.lockedLiveConnection(application, removal.environment());
        requireNoneOpen(connection, connected.oin(), connected.name(), false);
        ApplicationVersion current = applications.currentVersion(application);
        LiveRegistration live = LiveRegistration.of(current, removal.environment());
        ChangeRequest request = start.newRequest(actor, application, connection, removal.environment(),
                        MemberChangeRules.lane(MemberChangeAction.REMOVE), new ProposedContent(live.services(), live.contacts()),
                        live.certificatePem(), live.metadata())
                .aboutServedOrganisation(connected.oin(), false);
        ChangeRequest started = start.start(actor, application, request, "change.member.alreadyOpenMeanwhile",
                Map.of("memberAction", MemberChangeAction.REMOVE.name(), "servedOrganisation", connected.oin()));
        requests.saveMember(MemberChange.removal(started.getId(), served == null ? null : served.getId(), connected.oin(),
                connected.name()));
        auditForServed(actor, application, served, started, MemberChangeAction.REMOVE);
        return views.view(started, locale);
    }

    /**
     * Starts a request to connect a served organisation, reviewed with four eyes: its OIN passes the OIN check, it is
     * not connected in the environment now, it gave the supplier a mandate in force, it has its own entity in the
     * cluster metadata (the live one, or the new metadata the request brings, which the trust checks check), and it is
     * on the ALB list or RvIG's decision (a PDF) comes with it. What it carries is shown to the reviewers. Without a
     * mandate in force it is refused at the OIN field, naming the missing mandate (API v1, whose client acts for the
     * organisation on its own, answers that with 403: {@link SupplierMandates#toActFor}).
     */
    public ChangeRequestView requestAddition(SignedInUser actor, String reference, MemberAddition addition, Locale locale) {
        Application application = clusterApplication(actor, reference);
        ConnectionEnvironment environment = addition.environment();
        start.liveConnection(application, environment);
        MemberChangeRules.requireComplete(addition);
        MemberChangeRules.requireValidOin(addition.oin(), new OinCheck(config.isDemoMode()).check(addition.oin()).stream()
                .filter(Finding::isError).findFirst().map(finding -> finding.message(locale)));
        MemberChangeRules.requireNotConnected(membership.rows(application, environment), addition.oin(),
                application.getReference(), ChangeStart.environmentLabel(environment, locale));
        Organisation supplier = application.getOrganisation();
        Organisation served = mandated(supplier, addition.oin());
        ApplicationVersion current = applications.currentVersion(application);
        LiveRegistration live = LiveRegistration.of(current, environment);
        byte[] metadata = addition.bringsMetadata() ? addition.metadata() : live.metadata();
        MemberChangeRules.requireInMetadata(MetadataEntityIds.clusterMemberOins(metadata), addition.oin(),
                addition.bringsMetadata());
        boolean onAlbList = new AlbCheck(albRegister).check(addition.oin()).code() == FindingCode.ALB_REGISTERED;
        Optional<String> decisionType = MemberChangeRules.requireEntitlement(onAlbList, addition);

        LiveConnection connection = start.lockedLiveConnection(application, environment);
        requireNoneOpen(connection, addition.oin(), addition.name(), addition.bringsMetadata());
        ChangeRequest request = start.newRequest(actor, application, connection, environment,
                        MemberChangeRules.lane(MemberChangeAction.ADD), new ProposedContent(live.services(), live.contacts()),
                        live.certificatePem(), metadata)
                .aboutServedOrganisation(addition.oin(), addition.bringsMetadata());
        ChangeRequest started = start.start(actor, application, request, "change.member.alreadyOpenMeanwhile",
                Map.of("memberAction", MemberChangeAction.ADD.name(), "servedOrganisation", addition.oin(),
                        "onAlbList", String.valueOf(onAlbList), "newMetadata", String.valueOf(addition.bringsMetadata())));
        Long decisionId = decisionType.map(type -> files.save(new StoredFile(supplier, FilePurpose.ALB_DECISION,
                UploadService.nameWithoutPath(addition.rvigDecisionFileName()), type, addition.rvigDecision(),
                actor.username(), clock.instant())).getId()).orElse(null);
        long mandateId = mandates.unrevokedBetween(supplier.getOin(), served.getOin()).stream().filter(Mandate::isActive)
                .findFirst().map(Mandate::getId).orElseThrow();
        requests.saveMember(MemberChange.addition(started.getId(), served.getId(), addition.oin(), addition.name(),
                addition.services(), onAlbList, decisionId, mandateId, addition.bringsMetadata()));
        auditForServed(actor, application, served, started, MemberChangeAction.ADD);
        return views.view(started, locale);
    }

    /**
     * Refused while a request about the same organisation is open on the connection (naming it), while an ordinary
     * change is open on it, and, when this request brings new cluster metadata, while another request that brings
     * metadata holds the connection.
     */
    private void requireNoneOpen(LiveConnection connection, String oin, String name, boolean bringsMetadata) {
        requests.openAbout(connection.getId(), oin).ifPresent(open -> {
            throw ChangeRequests.openInTheWay("change.member.alreadyOpen", open, name, oin);
        });
        requests.allOpenOn(connection.getId()).stream()
                .filter(open -> requests.member(open.getId()).isEmpty())
                .findFirst().ifPresent(open -> {
                    throw ChangeRequests.alreadyOpen(open);
                });
        if (bringsMetadata) {
            requests.openOn(connection.getId()).ifPresent(open -> {
                throw ChangeRequests.openInTheWay("change.member.metadataOpen", open);
            });
        }
    }

    /** The served organisation, when it gave the supplier a mandate in force; refused at the OIN field otherwise. */
    private Organisation mandated(Organisation supplier, String oin) {
        try {
            return supplierMandates.requireMandate(supplier, oin);
        } catch (ActionRefusedException missing) {
            throw ActionRefusedException.of(MemberChangeRules.OIN, missing.messageKey(),
                    missing.arguments().toArray(String[]::new));
        }
    }

    private void auditForServed(SignedInUser actor, Application application, Organisation served, ChangeRequest request,
                                MemberChangeAction action) {
        if (served != null) {
            supplierMandates.audit(actor.username(), MEMBER_CHANGE_REQUESTED, application.getId(),
                    application.getOrganisation(), served, Map.of("changeRequest", request.getReference(),
                            "memberAction", action.name(), "environment", request.getEnvironment().name()));
        }
    }

    /** The actor's organisation's application, a supplier's cluster application. */
    private Application clusterApplication(SignedInUser actor, String reference) {
        Application application = AccessPolicy.ownApplication(applications, actor, reference);
        if (!membership.isCluster(application.getId())) {
            throw new ActionRefusedException("change.member.notACluster", application.getReference());
        }
        return application;
    }
}
