package nl.dictu.tvs.portal.trust.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TrustAnchorRequirementTest {

    @Test
    void shouldRefuseToRunOutsideDemoModeWithoutTrustAnchors() {
        assertThat(TrustAnchorRequirement.problem(false, Optional.empty()))
                .hasValueSatisfying(p -> assertThat(p).startsWith("TVS_TRUST_ANCHORS is not set").contains("Private Root CA - G1"));
    }

    @Test
    void shouldLetDemoModeRunWithoutTrustAnchors() {
        assertThat(TrustAnchorRequirement.problem(true, Optional.empty())).isEmpty();
    }

    @Test
    void shouldRefuseAPathThatIsNotAReadableFile(@TempDir Path dir) {
        assertThat(TrustAnchorRequirement.problem(true, Optional.of(dir.resolve("missing.pem").toString())))
                .hasValueSatisfying(p -> assertThat(p).contains("missing.pem is not a readable file"));
        assertThat(TrustAnchorRequirement.problem(false, Optional.of(dir.toString()))).isPresent();
    }

    @Test
    void shouldAcceptAReadableFile(@TempDir Path dir) throws IOException {
        Path pem = Files.writeString(dir.resolve("anchors.pem"), "-----BEGIN CERTIFICATE-----\n");

        assertThat(TrustAnchorRequirement.problem(false, Optional.of(pem.toString()))).isEmpty();
    }
}
