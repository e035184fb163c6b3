package nl.dictu.tvs.portal.trust.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.dictu.tvs.portal.trust.TestResources;
import nl.dictu.tvs.portal.trust.certificate.TrustAnchors;
import nl.dictu.tvs.portal.trust.demo.DemoCertificateAuthority;

class TrustCheckConfigurationTest {

    @Test
    void shouldTrustTheDemoRootBesideTheConfiguredAnchorsInDemoMode(@TempDir Path dir) {
        // given
        DemoCertificateAuthority demo = new DemoCertificateAuthority(true, dir.resolve("demo-pki"));
        TrustAnchors configured = TrustAnchors.of(List.of(TestResources.pki().root()));

        // when
        Optional<TrustAnchors> withConfigured = TrustCheckConfiguration.withDemoRoot(Optional.of(configured), demo.ca().map(p -> p.root()));
        Optional<TrustAnchors> demoOnly = TrustCheckConfiguration.withDemoRoot(Optional.empty(), demo.ca().map(p -> p.root()));

        // then
        assertThat(withConfigured.orElseThrow().anchors()).containsExactly(TestResources.pki().root(), demo.ca().orElseThrow().root());
        assertThat(demoOnly.orElseThrow().anchors()).containsExactly(demo.ca().orElseThrow().root());
    }

    @Test
    void shouldNeverCreateOrTrustADemoRootOutsideDemoMode(@TempDir Path dir) {
        // given
        Path folder = dir.resolve("demo-pki");
        DemoCertificateAuthority demo = new DemoCertificateAuthority(false, folder);
        TrustAnchors configured = TrustAnchors.of(List.of(TestResources.pki().root()));

        // when
        Optional<TrustAnchors> anchors = TrustCheckConfiguration.withDemoRoot(Optional.of(configured), demo.ca().map(p -> p.root()));
        Optional<TrustAnchors> none = TrustCheckConfiguration.withDemoRoot(Optional.empty(), demo.ca().map(p -> p.root()));

        // then
        assertThat(anchors.orElseThrow().anchors()).containsExactly(TestResources.pki().root());
        assertThat(none).isEmpty();
        assertThat(folder).doesNotExist();
    }
}
