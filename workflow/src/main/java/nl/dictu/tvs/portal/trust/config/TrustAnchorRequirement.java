package nl.dictu.tvs.portal.trust.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Outside demo mode the portal refuses to start without readable trust anchors: an application
 * whose certificate was never checked against the PKIoverheid root must not look trusted.
 * Demo mode may run without them: it trusts its own demo root ({@link nl.dictu.tvs.portal.trust.demo.DemoCertificateAuthority}).
 */
public final class TrustAnchorRequirement {

    private TrustAnchorRequirement() {
    }

    /** What is wrong with the configuration, in one sentence that names the variable; empty when fine. */
    public static Optional<String> problem(boolean demoMode, Optional<String> anchorsPath) {
        if (anchorsPath.isEmpty()) {
            return demoMode ? Optional.empty() : Optional.of(TrustCheckConfiguration.TRUST_ANCHORS
                    + " is not set. Outside demo mode the certificate check needs it: point it at a PEM file with"
                    + " the Staat der Nederlanden Private Root CA - G1 (see docs/trust-checks.md).");
        }
        Path path = Path.of(anchorsPath.get());
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            return Optional.of(TrustCheckConfiguration.TRUST_ANCHORS + "=" + anchorsPath.get()
                    + " is not a readable file. Point it at the PEM file with the trust anchors.");
        }
        return Optional.empty();
    }
}
