package nl.dictu.tvs.portal.trust.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.platform.PortalConfig;
import nl.dictu.tvs.portal.trust.TrustCheck;
import nl.dictu.tvs.portal.trust.alb.AlbCheck;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheck;
import nl.dictu.tvs.portal.trust.certificate.TrustAnchors;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheck;
import nl.dictu.tvs.portal.trust.oin.OinCheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The trust checks as the server runs them: trust anchors from the PEM file in
 * {@value #TRUST_ANCHORS} (with optional intermediates from {@value #TRUST_INTERMEDIATES}), test OINs
 * only in demo mode, and the portal's ALB register. Without anchors an uploaded certificate is not
 * checked against a root, which start-up logs as a warning.
 */
@ApplicationScoped
public class TrustCheckConfiguration {

    public static final String TRUST_ANCHORS = "TVS_TRUST_ANCHORS";
    public static final String TRUST_INTERMEDIATES = "TVS_TRUST_INTERMEDIATES";
    private static final Logger LOG = Logger.getLogger(TrustCheckConfiguration.class.getName());

    @Inject
    private PortalConfig config;

    @Inject
    private PortalAlbRegister albRegister;

    @Inject
    private Clock clock;

    private volatile TrustCheck trustCheck;

    /** Built once (the anchors are read at the first check); {@code TrustCheck} is final, so not proxied. */
    @Produces
    public TrustCheck trustCheck() {
        TrustCheck built = trustCheck;
        if (built == null) {
            built = new TrustCheck(new OinCheck(config.isDemoMode()), certificateCheck(), new MetadataCheck(),
                    Optional.of(new AlbCheck(albRegister)), clock);
            trustCheck = built;
        }
        return built;
    }

    private Optional<CertificateCheck> certificateCheck() {
        Optional<String> anchors = config.get(TRUST_ANCHORS);
        if (anchors.isEmpty()) {
            LOG.warning(() -> TRUST_ANCHORS + " is not set: uploaded certificates are not checked against a trust anchor");
            return Optional.empty();
        }
        try {
            TrustAnchors trustAnchors = TrustAnchors.fromPemFile(Path.of(anchors.get()));
            Optional<String> intermediates = config.get(TRUST_INTERMEDIATES);
            if (intermediates.isPresent()) {
                trustAnchors = trustAnchors.withIntermediatesFromPemFile(Path.of(intermediates.get()));
            }
            return Optional.of(new CertificateCheck(trustAnchors));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trust anchors in " + TRUST_ANCHORS + "=" + anchors.get(), e);
        }
    }
}
