package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.trust.certificate.CertificateFacts;
import nl.dictu.tvs.portal.trust.certificate.TrustAnchors;
import nl.dictu.tvs.portal.trust.config.TrustCheckConfiguration;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the certificate check trusts, for admins: the configured anchors, intermediates and demo mode's root. */
@Stateless
public class TrustAnchorQueries {

    @Inject
    private TrustCheckConfiguration configuration;

    @Inject
    private Clock clock;

    public TrustAnchorQueries() {
        // for the container
    }

    /** Outside the container (tests). */
    public TrustAnchorQueries(TrustCheckConfiguration configuration, Clock clock) {
        this.configuration = configuration;
        this.clock = clock;
    }

    /** Anchors first, then intermediates, each in configuration order; empty when nothing is configured. */
    public List<TrustAnchorView> anchors(SignedInUser actor) {
        AccessPolicy.requireAdmin(actor);
        return views(configuration.trustAnchors(), configuration.demoRoot(), clock.instant());
    }

    static List<TrustAnchorView> views(Optional<TrustAnchors> anchors, Optional<X509Certificate> demoRoot, Instant now) {
        List<TrustAnchorView> views = new ArrayList<>();
        anchors.ifPresent(configured -> {
            configured.anchors().forEach(c -> views.add(view(TrustAnchorView.ANCHOR, c, demoRoot, now)));
            configured.intermediates().forEach(c -> views.add(view(TrustAnchorView.INTERMEDIATE, c, demoRoot, now)));
        });
        return views;
    }

    private static TrustAnchorView view(String kind, X509Certificate certificate, Optional<X509Certificate> demoRoot, Instant now) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        return new TrustAnchorView(kind, CertificateFacts.subject(certificate), certificate.getNotBefore().toInstant(),
                notAfter, CertificateFacts.sha256Fingerprint(certificate), demoRoot.filter(certificate::equals).isPresent(),
                notAfter.isBefore(now));
    }
}
