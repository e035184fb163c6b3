package nl.dictu.tvs.portal.usecase.validation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.limit.RequestLimit;
import nl.dictu.tvs.portal.shared.limit.RequestLimiter;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.trust.TrustCheck;
import nl.dictu.tvs.portal.trust.TrustCheckInput;
import nl.dictu.tvs.portal.trust.finding.CheckReport;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.usecase.application.UploadInspector;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validates metadata (and a certificate) the way an application's checks will, for any signed-in
 * user: applicants before they apply, DICTU staff for whoever asks. No application is started and
 * nothing is stored. The uploads pass the same inspection as every upload (size limit of their
 * purpose, type by content) before the check parses them. Without an application no ServiceUUIDs
 * are issued, so only their form is checked; the ALB list is about an organisation, not its
 * metadata, so its finding is left out.
 */
@Stateless
public class MetadataValidation {

    @Inject
    private TrustCheck trustCheck;

    @Inject
    private Clock clock;

    @Inject
    private RequestLimiter limiter;

    public MetadataValidation() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public MetadataValidation(TrustCheck trustCheck, Clock clock, RequestLimiter limiter) {
        this.limiter = limiter;
        this.trustCheck = trustCheck;
        this.clock = clock;
    }

    /**
     * @throws AccessRefusedException      when nobody is signed in
     * @throws InvalidApplicationException when an upload is empty, too large or not what it should be
     */
    public MetadataValidationResult validate(SignedInUser actor, MetadataValidationRequest request) {
        if (actor == null) {
            throw new AccessRefusedException("access.signedInOnly");
        }
        limiter.require(RequestLimit.METADATA_CHECK, actor.username());
        if (request.metadata().content().length == 0) {
            throw new InvalidApplicationException("metadataCheck.metadataRequired");
        }
        UploadInspector.inspect(FilePurpose.METADATA, request.metadata().fileName(), request.metadata().content());
        Optional<byte[]> certificate = request.certificate().filter(upload -> upload.content().length > 0)
                .map(upload -> {
                    UploadInspector.inspect(FilePurpose.CERTIFICATE, upload.fileName(), upload.content());
                    return upload.content();
                });
        TrustCheckInput input = new TrustCheckInput(request.oin(), certificate, Optional.of(request.metadata().content()),
                request.environment(), request.eenmaligInloggen(), Set.of());
        CheckReport report = trustCheck.run(input, clock.instant());
        List<Finding> findings = report.findings().stream().filter(f -> !f.code().name().startsWith("ALB_")).toList();
        return new MetadataValidationResult(report.checkedAt(), findings);
    }
}
