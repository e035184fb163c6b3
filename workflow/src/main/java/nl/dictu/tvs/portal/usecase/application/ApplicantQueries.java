package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.audit.Auditor;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.CheckKind;
import nl.dictu.tvs.portal.domain.audit.AuditEvent;
import nl.dictu.tvs.portal.domain.audit.AuditTrail;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.trust.finding.CheckReport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the applicant's pages show of their organisation's applications: the list, one
 * application's dossier, and the content a correction form starts from. Another organisation's
 * application is refused as if it did not exist.
 */
@Stateless
public class ApplicantQueries {

    /** What the applicant's history shows; anything else (claims, reviewers' notes) stays DICTU's. */
    static final Set<String> HISTORY_ACTIONS = Set.of("applicationSubmitted", "applicationCorrected", "checklistReworked",
            "productionRequested", "applicationWithdrawn", "taskCompleted", "checksRun", "serviceUuidIssued",
            "connectionRegistered");
    private static final Set<String> APPLICANT_ACTIONS = Set.of("applicationSubmitted", "applicationCorrected",
            "checklistReworked", "productionRequested", "applicationWithdrawn");

    @Inject
    private ApplicationRepository applications;

    @Inject
    private AuditTrail auditTrail;

    @EJB
    private ApplicationQueries queries;

    @Inject
    private OrganisationRepository organisations;

    public ApplicantQueries() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public ApplicantQueries(ApplicationRepository applications, AuditTrail auditTrail, ApplicationQueries queries,
                            OrganisationRepository organisations) {
        this.applications = applications;
        this.auditTrail = auditTrail;
        this.queries = queries;
        this.organisations = organisations;
    }

    /** The organisation's applications, newest first, with their services and last change. */
    public List<ApplicationOverview> myApplications(SignedInUser actor) {
        AccessPolicy.requireApplicant(actor);
        List<Application> own = applications.findByOrganisationOin(actor.organisationOin());
        List<ApplicationStatusView> statuses = queries.statusesOf(own, ApplicationQueries.Milestones.LATEST);
        Map<Long, List<String>> services = applications.currentServiceNames(own);
        List<ApplicationOverview> rows = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            rows.add(ApplicationOverview.of(statuses.get(i), services.getOrDefault(own.get(i).getId(), List.of())));
        }
        return rows;
    }

    public ApplicantDossier dossier(SignedInUser actor, String reference) {
        Application application = AccessPolicy.ownApplication(applications, actor, reference);
        ApplicationVersion version = applications.currentVersion(application);
        List<ApplicantDossier.ServiceUuid> uuids = applications.issuedServiceUuids(application.getId()).stream()
                .map(u -> new ApplicantDossier.ServiceUuid(u.getServiceName(), u.getEnvironment().name(), u.getServiceUuid()))
                .toList();
        List<MemberServiceUuids> members = MemberServiceUuids.of(applications.memberServiceUuids(application.getId()),
                oin -> organisations.findByOin(oin).map(Organisation::getName).orElse(oin));
        return new ApplicantDossier(queries.status(actor, reference), version.services(), version.isEenmaligInloggen(),
                version.getServiceUuidDelivery(), uuids, latestChecks(application), history(application), members);
    }

    /** The content as last submitted, which a correction starts from. */
    public ApplicationContent contentToCorrect(SignedInUser actor, String reference) {
        return applications.currentVersion(AccessPolicy.ownApplication(applications, actor, reference)).content();
    }

    /** The production request as last submitted; empty fields when there is none yet. */
    public ProductionContent productionToCorrect(SignedInUser actor, String reference) {
        ApplicationVersion version = applications.currentVersion(AccessPolicy.ownApplication(applications, actor, reference));
        return new ProductionContent(version.getProductionCertificatePem().orElse(""),
                version.getProductionMetadata().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse(""),
                version.getDesiredGoLive().orElse(null));
    }

    /** Per kind the report of the newest version that has one: a rework adds versions the checks do not rerun on. */
    private List<CheckFindings> latestChecks(Application application) {
        Map<CheckKind, CheckFindings> latest = new EnumMap<>(CheckKind.class);
        List<ApplicationVersion> versions = new ArrayList<>(applications.versions(application));
        versions.sort(Comparator.comparingInt(ApplicationVersion::getNumber).reversed());
        for (ApplicationVersion version : versions) {
            for (CheckKind kind : CheckKind.values()) {
                if (!latest.containsKey(kind)) {
                    applications.checkResult(version, kind).ifPresent(result -> latest.put(kind, new CheckFindings(kind,
                            version.getNumber(), result.isPassed(), result.getComputedAt(),
                            CheckReport.fromJson(result.getReportJson()).findings())));
                }
            }
        }
        return List.copyOf(latest.values());
    }

    private List<HistoryEntry> history(Application application) {
        List<HistoryEntry> entries = new ArrayList<>(auditTrail.ofApplication(application.getId()).stream()
                .filter(event -> HISTORY_ACTIONS.contains(event.getAction()))
                .map(ApplicantQueries::entryOf)
                .toList());
        Collections.reverse(entries);
        return entries;
    }

    static HistoryEntry entryOf(AuditEvent event) {
        HistoryEntry.Party by = party(event);
        Boolean passed = "checksRun".equals(event.getAction())
                ? event.getAfterJson() != null && event.getAfterJson().contains("\"passed\":\"true\"") : null;
        return new HistoryEntry(event.getOccurredAt(), event.getAction(), event.getElementId(), by,
                by == HistoryEntry.Party.APPLICANT ? event.getActor() : null, passed);
    }

    private static HistoryEntry.Party party(AuditEvent event) {
        if (Auditor.SYSTEM.equals(event.getActor())) {
            return HistoryEntry.Party.PORTAL;
        }
        boolean applicantTask = "taskCompleted".equals(event.getAction())
                && ConnectionRequestModel.APPLICANT_TASKS.contains(event.getElementId());
        return APPLICANT_ACTIONS.contains(event.getAction()) || applicantTask
                ? HistoryEntry.Party.APPLICANT : HistoryEntry.Party.DICTU;
    }
}
