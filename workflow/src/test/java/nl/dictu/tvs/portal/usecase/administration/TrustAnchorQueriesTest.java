package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.trust.TestResources;
import nl.dictu.tvs.portal.trust.certificate.CertificateFacts;
import nl.dictu.tvs.portal.trust.certificate.TrustAnchors;
import nl.dictu.tvs.portal.trust.testpki.TestPki;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TrustAnchorQueriesTest {

    @Test
    void shouldListAnchorsThenIntermediatesWithFingerprintValidityAndTheDemoRootMarked() {
        // given
        TestPki configured = TestResources.pki();
        TestPki demo = TestPki.generate("Demo");
        TrustAnchors anchors = TrustAnchors.of(List.of(configured.root())).withIntermediates(List.of(configured.intermediate()))
                .plusAnchor(demo.root());

        // when
        List<TrustAnchorView> views = TrustAnchorQueries.views(Optional.of(anchors), Optional.of(demo.root()), Instant.now());

        // then
        assertThat(views).extracting(TrustAnchorView::kind)
                .containsExactly(TrustAnchorView.ANCHOR, TrustAnchorView.ANCHOR, TrustAnchorView.INTERMEDIATE);
        assertThat(views).extracting(TrustAnchorView::demoRoot).containsExactly(false, true, false);
        assertThat(views.get(0).subject()).contains("TVS Test Root CA");
        assertThat(views.get(0).sha256()).isEqualTo(CertificateFacts.sha256Fingerprint(configured.root()));
        assertThat(views.get(0).notAfter()).isEqualTo(configured.root().getNotAfter().toInstant());
        assertThat(views).noneMatch(TrustAnchorView::expired);
        assertThat(TrustAnchorQueries.views(Optional.of(anchors), Optional.empty(), Instant.now().plusSeconds(20L * 365 * 86400)))
                .allMatch(TrustAnchorView::expired).noneMatch(TrustAnchorView::demoRoot);
        assertThat(TrustAnchorQueries.views(Optional.empty(), Optional.empty(), Instant.now())).isEmpty();
    }
}
