package nl.dictu.tvs.portal.usecase.checking;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.usecase.checking.VersionChecks;

/**
 * The trust checks on what an applicant is about to hand in, while they edit it: the same rules,
 * certificate and metadata checks the process runs after submission, for the organisation's own
 * application only. Nothing is stored.
 */
@Stateless
public class LiveChecks {

    @Inject
    private ApplicationRepository applications;

    @Inject
    private VersionChecks checks;

    public LiveChecks() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public LiveChecks(ApplicationRepository applications, VersionChecks checks) {
        this.applications = applications;
        this.checks = checks;
    }

    /**
     * A correction's certificate and preproduction metadata, as the automated checks will judge them (a correction
     * keeps the ServiceUUID mode of the version it corrects).
     */
    public LiveFindings correction(SignedInUser actor, String reference, String certificatePem, byte[] metadata,
                                   boolean eenmaligInloggen) {
        Application application = AccessPolicy.ownApplication(applications, actor, reference);
        return LiveFindings.of(checks.previewAutomated(application, blankToNull(certificatePem), emptyToNull(metadata),
                eenmaligInloggen, applications.currentVersion(application).getServiceUuidDelivery()));
    }

    /**
     * The preproduction certificate and metadata supplied after the ServiceUUIDs were issued, as the checks will judge
     * them at {@code uploadPreproductionMetadata}: the metadata must list exactly the issued ServiceUUIDs.
     */
    public LiveFindings preproductionMetadata(SignedInUser actor, String reference, String certificatePem,
                                              byte[] metadata) {
        Application application = AccessPolicy.ownApplication(applications, actor, reference);
        return LiveFindings.of(checks.previewAutomated(application, blankToNull(certificatePem), emptyToNull(metadata),
                applications.currentVersion(application).isEenmaligInloggen(), ServiceUuidDelivery.METADATA));
    }

    /** A production request's certificate and metadata, as the production checks will judge them. */
    public LiveFindings production(SignedInUser actor, String reference, String certificatePem, byte[] metadata) {
        Application application = AccessPolicy.ownApplication(applications, actor, reference);
        return LiveFindings.of(checks.previewProduction(application, applications.currentVersion(application),
                blankToNull(certificatePem), emptyToNull(metadata)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static byte[] emptyToNull(byte[] bytes) {
        return bytes == null || bytes.length == 0 ? null : bytes;
    }
}
