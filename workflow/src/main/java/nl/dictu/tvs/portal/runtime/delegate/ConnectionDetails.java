package nl.dictu.tvs.portal.runtime.delegate;

import nl.dictu.tvs.portal.usecase.checking.EndEntityCertificate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.IssuedServiceUuid;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.DIGID_CONNECTION_REFERENCE;

/** What a connection is registered with: version, metadata fingerprint, ServiceUUIDs, DigiD reference. */
@Dependent
public class ConnectionDetails {

    private final ApplicationRepository applications;

    @Inject
    public ConnectionDetails(ApplicationRepository applications) {
        this.applications = applications;
    }

    public Map<String, String> of(DelegateExecution execution, ConnectionEnvironment environment) {
        long applicationId = ProcessVariables.applicationId(execution);
        Object digidReference = execution.getVariable(DIGID_CONNECTION_REFERENCE);
        ApplicationVersion version = currentVersion(applicationId);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("version", String.valueOf(version.getNumber()));
        details.put("metadataSha256", environment == ConnectionEnvironment.PRODUCTION
                ? version.getProductionMetadataSha256().orElse("") : version.getPreproductionMetadataSha256());
        // a cluster connection registers its served organisations' DVs too, each with its own ServiceUUIDs
        details.put("serviceUuids", Stream.concat(applications.issuedServiceUuids(applicationId).stream(),
                        applications.memberServiceUuids(applicationId).stream())
                .filter(u -> u.getEnvironment() == environment)
                .map(IssuedServiceUuid::getServiceUuid)
                .collect(Collectors.joining(",")));
        details.put("digidConnectionReference", digidReference == null ? "" : digidReference.toString());
        return details;
    }

    /** The end of validity of the end-entity certificate (the one that issued none of the others) of the production PEM. */
    public Instant productionCertificateNotAfter(long applicationId) {
        String pem = currentVersion(applicationId).getProductionCertificatePem()
                .orElseThrow(() -> new IllegalStateException("Application " + applicationId + " has no production certificate"));
        return EndEntityCertificate.of(pem)
                .orElseThrow(() -> new IllegalStateException("The production certificate of application " + applicationId
                        + " has no end-entity certificate, although the checks accepted it"))
                .getNotAfter().toInstant();
    }

    private ApplicationVersion currentVersion(long applicationId) {
        Application application = applications.findById(applicationId)
                .orElseThrow(() -> new IllegalStateException("No application with id " + applicationId));
        return applications.currentVersion(application);
    }
}
