package nl.dictu.tvs.portal.trust;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.dictu.tvs.portal.trust.alb.AlbCheck;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheck;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheckResult;
import nl.dictu.tvs.portal.trust.certificate.CertificateReader;
import nl.dictu.tvs.portal.trust.finding.CheckReport;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheck;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheckRequest;
import nl.dictu.tvs.portal.trust.oin.OinCheck;

/**
 * Runs all trust checks on one application: OIN, certificate, metadata (signed with that certificate, every
 * certificate it lists checked like the uploaded one, with or without an upload) and, when a register is
 * configured, the ALB list. The report's instant is when it was computed; validity is
 * judged at the instant passed in (normally the same).
 */
public final class TrustCheck {

    private static final CertificateReader READER = new CertificateReader();

    private final OinCheck oinCheck;
    private final Optional<CertificateCheck> certificateCheck;
    private final MetadataCheck metadataCheck;
    private final Optional<AlbCheck> albCheck;
    private final Clock clock;

    /**
     * Without a certificate check (no trust anchors configured) neither an uploaded certificate nor the certificates
     * the metadata lists are checked; the server and the command line always configure anchors.
     */
    public TrustCheck(OinCheck oinCheck, Optional<CertificateCheck> certificateCheck, MetadataCheck metadataCheck,
            Optional<AlbCheck> albCheck, Clock clock) {
        this.oinCheck = oinCheck;
        this.certificateCheck = certificateCheck;
        this.metadataCheck = metadataCheck;
        this.albCheck = albCheck;
        this.clock = clock;
    }

    public CheckReport run(TrustCheckInput input, Instant at) {
        List<Finding> findings = new ArrayList<>(oinCheck.check(input.oin()));
        Optional<X509Certificate> certificate = Optional.empty();
        CertificateCheckResult uploaded = new CertificateCheckResult(List.of(), Optional.empty());
        if (input.certificate().isPresent() && certificateCheck.isPresent()) {
            uploaded = certificateCheck.get().check(input.certificate().get(), input.oin(), at);
            findings.addAll(uploaded.findings());
            certificate = uploaded.endEntity();
        }
        if (input.metadata().isPresent()) {
            MetadataCheckRequest request = new MetadataCheckRequest(input.oin(), input.environment(),
                    input.eenmaligInloggen(), input.issuedServiceUuids(), certificate, input.serviceUuidMode(), at,
                    input.memberServiceUuids());
            byte[] metadata = input.metadata().get();
            // The uploaded chain may hold the intermediate the metadata's certificates need (it lists end entities).
            List<X509Certificate> uploadedChain = input.certificate().map(upload -> READER.read(upload).certificates()).orElse(List.of());
            CertificateCheckResult reported = uploaded;
            findings.addAll(certificateCheck.map(check -> metadataCheck.check(metadata, request, check, uploadedChain, reported, at))
                    .orElseGet(() -> metadataCheck.check(metadata, request)).findings());
        }
        albCheck.ifPresent(check -> findings.add(check.check(input.oin())));
        return new CheckReport(clock.instant(), findings);
    }
}
