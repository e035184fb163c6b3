package nl.dictu.tvs.portal.usecase.checking;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.cluster.ClusterMember;
import nl.dictu.tvs.portal.domain.cluster.ClusterRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.CheckKind;
import nl.dictu.tvs.portal.domain.application.CheckResult;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.IssuedServiceUuid;
import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;
import nl.dictu.tvs.portal.trust.TrustCheck;
import nl.dictu.tvs.portal.trust.TrustCheckInput;
import nl.dictu.tvs.portal.trust.finding.CheckReport;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.trust.metadata.EnvironmentCertificates;
import nl.dictu.tvs.portal.trust.metadata.ServiceUuidMode;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the trust checks on an application's current version and stores the report with that
 * version: one result per version and kind, a rerun replaces it.
 */
@Dependent
public class VersionChecks {

    private final ApplicationRepository applications;
    private final TrustCheck trustCheck;
    private final Auditor auditor;
    private final Clock clock;
    private final ClusterRepository clusters;

    @Inject
    public VersionChecks(ApplicationRepository applications, TrustCheck trustCheck, Auditor auditor, Clock clock,
                         ClusterRepository clusters) {
        this.clusters = clusters;
        this.applications = applications;
        this.trustCheck = trustCheck;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** OIN, certificate, preproduction metadata and ALB list. */
    public CheckOutcome runAutomated(long applicationId, String elementId) {
        Application application = application(applicationId);
        ApplicationVersion version = applications.currentVersion(application);
        CheckReport report = previewAutomated(application, version.getCertificatePem(), version.getPreproductionMetadata(),
                version.isEenmaligInloggen(), version.getServiceUuidDelivery());
        return store(version, CheckKind.AUTOMATED, report, elementId);
    }

    /** The production certificate and metadata, against the production ServiceUUIDs. */
    public CheckOutcome runProduction(long applicationId, String elementId) {
        Application application = application(applicationId);
        ApplicationVersion version = applications.currentVersion(application);
        CheckReport report = previewProduction(application, version, version.getProductionCertificatePem().orElse(null),
                version.getProductionMetadata().orElse(null));
        return store(version, CheckKind.PRODUCTION, report, elementId);
    }

    /**
     * The automated checks on content not stored yet (a correction being edited): the same rules
     * {@link #runAutomated} applies once it is submitted. Stores nothing.
     */
    public CheckReport previewAutomated(Application application, String certificatePem, byte[] metadata,
                                        boolean eenmaligInloggen, ServiceUuidDelivery serviceUuidDelivery) {
        TrustCheckInput input = new TrustCheckInput(application.getOrganisation().getOin(),
                Optional.ofNullable(certificatePem).map(pem -> pem.getBytes(StandardCharsets.US_ASCII)),
                Optional.ofNullable(metadata), Environment.PREPRODUCTION,
                eenmaligInloggen, issued(application.getId(), ConnectionEnvironment.PREPRODUCTION),
                ServiceUuidMode.of(serviceUuidDelivery), membersIssued(application.getId(), ConnectionEnvironment.PREPRODUCTION));
        return withoutSupplierAlb(application, trustCheck.run(input, clock.instant()));
    }

    /**
     * A supplier's own OIN is not checked against the ALB list (tvs-rules 1.4): the organisations it serves are,
     * each on its own (the cluster's members).
     */
    private static CheckReport withoutSupplierAlb(Application application, CheckReport report) {
        if (!application.getOrganisation().isSupplier()) {
            return report;
        }
        return new CheckReport(report.checkedAt(), report.findings().stream()
                .filter(f -> f.code() != FindingCode.ALB_REGISTERED && f.code() != FindingCode.ALB_NOT_REGISTERED)
                .toList());
    }

    /**
     * The production checks on a production request not stored yet (in the ServiceUUID mode of {@code current}): the
     * same rules
     * {@link #runProduction} applies once it is submitted, including the refusal of the
     * preproduction certificate. Stores nothing.
     */
    public CheckReport previewProduction(Application application, ApplicationVersion current, String certificatePem,
                                         byte[] metadata) {
        TrustCheckInput input = new TrustCheckInput(application.getOrganisation().getOin(),
                Optional.ofNullable(certificatePem).map(pem -> pem.getBytes(StandardCharsets.US_ASCII)),
                Optional.ofNullable(metadata), Environment.PRODUCTION,
                current.isEenmaligInloggen(), issued(application.getId(), ConnectionEnvironment.PRODUCTION),
                ServiceUuidMode.of(current.getServiceUuidDelivery()),
                membersIssued(application.getId(), ConnectionEnvironment.PRODUCTION));
        return withCertificateReuse(trustCheck.run(input, clock.instant()), current.getCertificatePem(), certificatePem);
    }

    /** Preproduction and production must not share a certificate (or key). */
    private static CheckReport withCertificateReuse(CheckReport report, String preproductionPem, String productionPem) {
        Optional<X509Certificate> preproduction = EndEntityCertificate.of(preproductionPem);
        Optional<X509Certificate> production = Optional.ofNullable(productionPem).flatMap(EndEntityCertificate::of);
        if (preproduction.isEmpty() || production.isEmpty()) {
            return report;
        }
        List<Finding> findings = new ArrayList<>(report.findings());
        EnvironmentCertificates.check(preproduction.get(), production.get()).ifPresent(findings::add);
        return new CheckReport(report.checkedAt(), findings);
    }

    /** No error, apart from not being on the ALB list: that routes to the RvIG decision instead. */
    public static boolean passed(CheckReport report) {
        return report.findings().stream()
                .filter(f -> f.code() != FindingCode.ALB_NOT_REGISTERED)
                .noneMatch(Finding::isError);
    }

    private CheckOutcome store(ApplicationVersion version, CheckKind kind, CheckReport report, String elementId) {
        List<ClusterMember> members = clusters.membersOf(version.getApplication().getId());
        // a cluster goes the RvIG decision's way when one of its members is not on the ALB list
        boolean onAlbList = members.isEmpty() ? report.codes().contains(FindingCode.ALB_REGISTERED)
                : members.stream().allMatch(ClusterMember::isOnAlbList);
        boolean passed = passed(report);
        String json = report.toJson();
        Optional<CheckResult> existing = applications.checkResult(version, kind);
        if (existing.isPresent()) {
            existing.get().replaceReport(passed, json, report.checkedAt());
        } else {
            applications.saveCheckResult(new CheckResult(version, kind, passed, json, report.checkedAt()));
        }
        auditor.record(Auditor.SYSTEM, "checksRun", version.getApplication().getId(), elementId, Map.of(),
                Map.of("kind", kind.name(), "version", String.valueOf(version.getNumber()),
                        "passed", String.valueOf(passed), "onAlbList", String.valueOf(onAlbList)));
        return new CheckOutcome(passed, onAlbList);
    }

    private Set<String> issued(long applicationId, ConnectionEnvironment environment) {
        return applications.issuedServiceUuids(applicationId).stream()
                .filter(u -> u.getEnvironment() == environment)
                .map(IssuedServiceUuid::getServiceUuid)
                .collect(Collectors.toSet());
    }

    /** The ServiceUUIDs issued to each served organisation of a supplier's cluster in the environment, by its OIN. */
    private Map<String, Set<String>> membersIssued(long applicationId, ConnectionEnvironment environment) {
        return applications.memberServiceUuids(applicationId).stream()
                .filter(u -> u.getEnvironment() == environment)
                .collect(Collectors.groupingBy(IssuedServiceUuid::getOrganisationOin,
                        Collectors.mapping(IssuedServiceUuid::getServiceUuid, Collectors.toSet())));
    }

    private Application application(long applicationId) {
        return applications.findById(applicationId)
                .orElseThrow(() -> new IllegalStateException("No application with id " + applicationId));
    }
}
