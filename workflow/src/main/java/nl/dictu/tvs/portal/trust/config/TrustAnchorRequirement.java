package nl.dictu.tvs.portal.trust.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.dictu.tvs.portal.trust.certificate.CertificateFacts;
import nl.dictu.tvs.portal.trust.certificate.TrustAnchors;

/**
 * Outside demo mode the portal refuses to start without readable trust anchors: an application
 * whose certificate was never checked against the PKIoverheid root must not look trusted. Nor does it start
 * with a PKIoverheid TRIAL root among the anchors: anybody can get a TRIAL certificate.
 * Demo mode may run without them: it trusts its own demo root ({@link nl.dictu.tvs.portal.trust.demo.DemoCertificateAuthority}).
 */
public final class TrustAnchorRequirement {

    private TrustAnchorRequirement() {
    }

    /** What is wrong with the configuration, in one sentence that names the variable; empty when fine. */
    public static Optional<String> problem(boolean demoMode, Optional<String> anchorsPath) {
        if (anchorsPath.isEmpty()) {
            return demoMode ? Optional.empty() : Optional.of(TrustCheckConfiguration.TRUST_ANCHORS
                    + " is not set. Outside demo mode the certificate check needs it: point it at the PEM file (or"
                    + " comma-separated files) with the Staat der Nederlanden Private Root CA - G1 and the G4 private"
                    + " roots G-TLS and G-Other (see docs/trust-checks.md).");
        }
        for (Path path : TrustAnchors.paths(anchorsPath.get())) {
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                return Optional.of(TrustCheckConfiguration.TRUST_ANCHORS + "=" + anchorsPath.get() + ": " + path
                        + " is not a readable file. Point it at the PEM file with the trust anchors.");
            }
        }
        TrustAnchors anchors;
        try {
            anchors = TrustAnchors.fromPemFiles(anchorsPath.get());
        } catch (IOException e) {
            return Optional.of(TrustCheckConfiguration.TRUST_ANCHORS + "=" + anchorsPath.get()
                    + " holds no readable certificate (" + e.getMessage() + "). Point it at PEM files with the trust anchors.");
        }
        return demoMode ? Optional.empty() : trialProblem(anchors, TrustCheckConfiguration.TRUST_ANCHORS + "=" + anchorsPath.get());
    }

    /**
     * The refusal of PKIoverheid TRIAL roots among the anchors (outside demo mode), naming them and where they were
     * configured; empty when there is none.
     */
    public static Optional<String> trialProblem(TrustAnchors anchors, String configuredAs) {
        List<X509Certificate> trial = anchors.trialAnchors();
        if (trial.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(configuredAs + " contains a PKIoverheid TRIAL root ("
                + trial.stream().map(CertificateFacts::subject).collect(Collectors.joining("; "))
                + "). TRIAL certificates are for tests and are trusted in demo mode only: remove it, or run in demo mode.");
    }
}
