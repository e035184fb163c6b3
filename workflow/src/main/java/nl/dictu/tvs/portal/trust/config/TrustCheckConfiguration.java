package nl.dictu.tvs.portal.trust.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.trust.TrustCheck;
import nl.dictu.tvs.portal.trust.alb.AlbCheck;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheck;
import nl.dictu.tvs.portal.trust.certificate.RevocationPolicy;
import nl.dictu.tvs.portal.trust.certificate.TrustAnchors;
import nl.dictu.tvs.portal.trust.demo.DemoCertificateAuthority;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheck;
import nl.dictu.tvs.portal.trust.oin.OinCheck;
import nl.dictu.tvs.portal.trust.testpki.TestPki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The trust checks as the server runs them: trust anchors from the PEM file (or comma-separated files) in
 * {@value #TRUST_ANCHORS} (with
 * optional intermediates from {@value #TRUST_INTERMEDIATES} and CRLs from {@value #TRUST_CRLS}), revocation
 * as {@value #TRUST_REVOCATION} says, test OINs only in demo mode, and the portal's ALB register. Demo mode
 * also trusts the demo root ({@link DemoCertificateAuthority}); outside demo mode it never does.
 */
@ApplicationScoped
public class TrustCheckConfiguration {

    public static final String TRUST_ANCHORS = "TVS_TRUST_ANCHORS";
    public static final String TRUST_INTERMEDIATES = "TVS_TRUST_INTERMEDIATES";
    public static final String TRUST_CRLS = "TVS_TRUST_CRLS";
    public static final String TRUST_REVOCATION = "TVS_TRUST_REVOCATION";
    private static final Logger LOG = Logger.getLogger(TrustCheckConfiguration.class.getName());

    @Inject
    private PortalConfig config;

    @Inject
    private PortalAlbRegister albRegister;

    @Inject
    private DemoCertificateAuthority demoAuthority;

    @Inject
    private Clock clock;

    private volatile TrustCheck trustCheck;

    /** Built once (the anchors are read at the first check); {@code TrustCheck} is final, so not proxied. */
    @Produces
    public TrustCheck trustCheck() {
        TrustCheck built = trustCheck;
        if (built == null) {
            Optional<TrustAnchors> anchors = trustAnchors();
            if (anchors.isEmpty()) {
                LOG.warning(() -> TRUST_ANCHORS + " is not set: uploaded certificates are not checked against a trust anchor");
            }
            RevocationPolicy revocation = RevocationPolicy.fromSetting(config.get(TRUST_REVOCATION));
            built = new TrustCheck(new OinCheck(config.isDemoMode()),
                    anchors.map(a -> new CertificateCheck(a, revocation)), new MetadataCheck(),
                    Optional.of(new AlbCheck(albRegister)), clock);
            trustCheck = built;
        }
        return built;
    }

    /** The anchors (and intermediates and CRLs) the certificate check uses; empty when none is configured. */
    public Optional<TrustAnchors> trustAnchors() {
        // In demo mode the demo intermediate is known too, so metadata listing a demo certificate alone still chains.
        return withDemoRoot(configuredAnchors(), demoRoot()).map(anchors -> demoAuthority.ca()
                .map(ca -> anchors.withIntermediates(java.util.List.of(ca.intermediate()))).orElse(anchors));
    }

    /** The demo root, which the check trusts in demo mode only; empty outside demo mode. */
    public Optional<X509Certificate> demoRoot() {
        return demoAuthority.ca().map(TestPki::root);
    }

    /** The configured anchors plus, when given (demo mode), the demo root. */
    static Optional<TrustAnchors> withDemoRoot(Optional<TrustAnchors> configured, Optional<X509Certificate> demoRoot) {
        if (demoRoot.isEmpty()) {
            return configured;
        }
        return Optional.of(configured.map(anchors -> anchors.plusAnchor(demoRoot.get()))
                .orElseGet(() -> TrustAnchors.of(java.util.List.of(demoRoot.get()))));
    }

    private Optional<TrustAnchors> configuredAnchors() {
        Optional<String> anchors = config.get(TRUST_ANCHORS);
        if (anchors.isEmpty()) {
            return Optional.empty();
        }
        try {
            TrustAnchors trustAnchors = TrustAnchors.fromPemFiles(anchors.get());
            Optional<String> intermediates = config.get(TRUST_INTERMEDIATES);
            if (intermediates.isPresent()) {
                trustAnchors = trustAnchors.withIntermediatesFromPemFile(Path.of(intermediates.get()));
            }
            Optional<String> crls = config.get(TRUST_CRLS);
            if (crls.isPresent()) {
                trustAnchors = trustAnchors.withCrlsFromPemFile(Path.of(crls.get()));
            }
            return Optional.of(trustAnchors);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trust anchors in " + TRUST_ANCHORS + "=" + anchors.get(), e);
        }
    }
}
